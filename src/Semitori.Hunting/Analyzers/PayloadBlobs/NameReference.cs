using System.Text;

namespace Semitori.Hunting.Analyzers.PayloadBlobs;

/// <summary>
/// Finds a file name inside a program's bytes as ASCII or UTF-16LE, ignoring ASCII case: a loader
/// that builds the path of its payload beside its own module (GetModuleFileName + lstrcat, dossier
/// §5.2–§5.3) carries the payload's name as a string.
/// </summary>
public static class NameReference
{
    /// <summary>Shortest name searched; shorter ones ("a.b") occur by chance in any binary.</summary>
    public const int MinNameLength = 5;

    /// <summary>The first match as (offset, encoding), or null.</summary>
    public static (long Offset, string Encoding)? Find(ReadOnlySpan<byte> data, string name)
    {
        if (name.Length < MinNameLength || name.Any(c => c > 0x7E || c < 0x20))
        {
            return null;
        }

        byte[] ascii = Encoding.ASCII.GetBytes(name);
        if (IndexOfIgnoreCase(data, ascii, 1) is int a and >= 0)
        {
            return (a, "ASCII");
        }

        return IndexOfIgnoreCase(data, ascii, 2) is int w and >= 0 ? (w, "UTF-16LE") : null;
    }

    // Matches 'pattern' with each character followed by (stride - 1) zero bytes.
    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> data, byte[] pattern, int stride)
    {
        int needed = ((pattern.Length - 1) * stride) + 1;
        byte lower = ToLower(pattern[0]), upper = ToUpper(pattern[0]);
        for (int from = 0; from + needed <= data.Length;)
        {
            int found = data[from..].IndexOfAny(lower, upper);
            if (found < 0)
            {
                return -1;
            }

            int at = from + found;
            if (at + needed > data.Length)
            {
                return -1;
            }

            if (MatchesAt(data, at, pattern, stride))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static bool MatchesAt(ReadOnlySpan<byte> data, int at, byte[] pattern, int stride)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            int p = at + (i * stride);
            if (ToLower(data[p]) != ToLower(pattern[i]))
            {
                return false;
            }

            for (int z = 1; z < stride && i < pattern.Length - 1; z++)
            {
                if (data[p + z] != 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static byte ToLower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;

    private static byte ToUpper(byte b) => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b;
}
