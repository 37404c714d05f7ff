using System.Globalization;
using System.Text;
using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Console;

/// <summary>
/// The <c>console</c> module: <c>log(...)</c> and <c>hex(...)</c> write one line to a host-provided
/// sink and return true. Messages are formatted as libyara's console.c does: strings with
/// non-printable bytes as <c>\xNN</c>, integers <c>%lli</c>, floats <c>%f</c>, hex <c>0x%llx</c>.
/// </summary>
public sealed class ConsoleModule : IYaraModule
{
    private readonly Action<string> _sink;

    /// <summary>Creates the module writing to <paramref name="sink"/>, or to standard error when null.</summary>
    public ConsoleModule(Action<string>? sink = null)
    {
        _sink = sink ?? (line => System.Console.Error.WriteLine(line));
        Declaration = Struct(
            ("log", YaraType.Function(
                Fn("s", YaraType.Int, (_, a) => Emit(Escape(Bytes(a[0])))),
                Fn("ss", YaraType.Int, (_, a) => Emit(Text(a[0]) + Escape(Bytes(a[1])))),
                Fn("i", YaraType.Int, (_, a) => Emit(Int(a[0]).ToString(CultureInfo.InvariantCulture))),
                Fn("si", YaraType.Int, (_, a) => Emit(Text(a[0]) + Int(a[1]).ToString(CultureInfo.InvariantCulture))),
                Fn("f", YaraType.Int, (_, a) => Emit(Float(a[0]).ToString("F6", CultureInfo.InvariantCulture))),
                Fn("sf", YaraType.Int, (_, a) => Emit(Text(a[0]) + Float(a[1]).ToString("F6", CultureInfo.InvariantCulture))))),
            ("hex", YaraType.Function(
                Fn("i", YaraType.Int, (_, a) => Emit("0x" + ((ulong)Int(a[0])).ToString("x", CultureInfo.InvariantCulture))),
                Fn("si", YaraType.Int, (_, a) => Emit(Text(a[0]) + "0x" + ((ulong)Int(a[1])).ToString("x", CultureInfo.InvariantCulture))))));
    }

    public string Name => "console";

    public YaraType Declaration { get; }

    public object? Load(ModuleLoadContext context) => new Dictionary<string, object?>(StringComparer.Ordinal);

    private object? Emit(string line)
    {
        _sink(line);
        return 1L;
    }

    /// <summary>The message prefix is a C string: it ends at its first NUL.</summary>
    private static string Text(object? o)
    {
        byte[] b = Bytes(o);
        int end = Array.IndexOf(b, (byte)0);
        return Encoding.Latin1.GetString(b, 0, end < 0 ? b.Length : end);
    }

    private static string Escape(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (byte b in bytes)
        {
            if (b is >= 0x20 and < 0x7F)
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
            }
        }

        return sb.ToString();
    }
}
