using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Text;

/// <summary>
/// The <c>string</c> module (YARA 4.3+): <c>to_int(s[, base])</c> with C <c>strtoll</c> rules
/// (the whole C string must parse, overflow is undefined, base 0 or 2..36) and <c>length(s)</c>.
/// </summary>
public sealed class StringModule : IYaraModule
{
    public string Name => "string";

    public YaraType Declaration { get; } = Struct(
        ("to_int", YaraType.Function(
            Fn("s", YaraType.Int, (_, a) => StrToLong(Bytes(a[0]), 0)),
            Fn("si", YaraType.Int, (_, a) => Int(a[1]) is var b && (b == 0 || b is >= 2 and <= 36) ? StrToLong(Bytes(a[0]), (int)b) : null))),
        ("length", YaraType.Function(Fn("s", YaraType.Int, (_, a) => (long)Bytes(a[0]).Length))));

    public object? Load(ModuleLoadContext context) => new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>strtoll on a C string: the argument ends at its first NUL, as <c>string_argument</c> gives it.</summary>
    internal static long? StrToLong(byte[] s, int radix)
    {
        int end = Array.IndexOf(s, (byte)0);
        end = end < 0 ? s.Length : end;
        int i = 0;
        while (i < end && s[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r')
        {
            i++;
        }

        bool negative = false;
        if (i < end && s[i] is (byte)'+' or (byte)'-')
        {
            negative = s[i] == '-';
            i++;
        }

        bool HexPrefix() => i + 2 < end + 1 && i + 1 < end && s[i] == '0' && (s[i + 1] | 0x20) == 'x' && i + 2 < end && Digit(s[i + 2]) < 16;
        if ((radix == 0 || radix == 16) && HexPrefix())
        {
            radix = 16;
            i += 2;
        }
        else if (radix == 0)
        {
            radix = i < end && s[i] == '0' ? 8 : 10;
        }

        int start = i;
        ulong magnitude = 0;
        bool overflow = false;
        ulong limit = negative ? 1UL << 63 : long.MaxValue;
        while (i < end && Digit(s[i]) < radix)
        {
            ulong next = (magnitude * (ulong)radix) + (ulong)Digit(s[i]);
            if (magnitude > (ulong.MaxValue - (ulong)Digit(s[i])) / (ulong)radix || next > limit)
            {
                overflow = true;
            }

            magnitude = next;
            i++;
        }

        if (overflow || i == start || i != end)
        {
            return null;
        }

        return negative ? unchecked(-(long)magnitude) : (long)magnitude;
    }

    private static int Digit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'Z' => c - 'A' + 10,
        _ => 99,
    };
}
