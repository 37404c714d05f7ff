namespace Semitori.Yara;

/// <summary>ASCII-only case folding, as YARA's nocase and i-operators do (no Unicode, no culture).</summary>
internal static class AsciiCase
{
    public static byte Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;

    public static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsAlphanumeric(byte b) => IsLetter(b) || (uint)(b - '0') <= 9;

    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Lower(a[i]) != Lower(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int IndexOfIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> t)
    {
        for (int i = 0; i + t.Length <= s.Length; i++)
        {
            if (EqualsIgnoreCase(s.Slice(i, t.Length), t))
            {
                return i;
            }
        }

        return -1;
    }
}
