namespace Semitori.Yara.Patterns;

/// <summary>
/// Atom quality on libyara's scale (<c>yr_atoms_heuristic_quality</c>, zero-based: libyara adds
/// <c>YR_MAX_ATOM_QUALITY − 88</c>): a fixed byte scores 20, a letter 18 (it multiplies under
/// nocase), 0x00 0x20 0xCC 0xFF 12; a nibble mask or other small set 4; an unknown byte −10;
/// plus 2 × the number of distinct fixed bytes — unless all fixed bytes are the same common
/// byte (00 20 90 CC FF), which costs 10 per position instead. Examples: <c>01 02 03 04</c> = 88,
/// <c>61 62</c> = 40, <c>61 61</c> = 38 (libyara's warning threshold), <c>01</c> = 22.
/// </summary>
internal static class AtomHeuristic
{
    /// <summary>libyara warns "string may slow down scanning" below this quality (zero-based).</summary>
    public const int WarningThreshold = 38;

    public static int Of(ReadOnlySpan<ByteSet> window)
    {
        int quality = 0;
        Span<bool> seen = stackalloc bool[256];
        int distinct = 0;
        int lastSeen = -1;
        foreach (var set in window)
        {
            int value;
            if (set.TryGetSingle(out byte b))
            {
                value = b;
                quality += ByteScore(b);
            }
            else if (IsCasePair(set, out byte lower))
            {
                value = lower;
                quality += 18;
            }
            else
            {
                quality += set.Count >= 256 ? -10 : 4;
                continue;
            }

            if (!seen[value])
            {
                seen[value] = true;
                distinct++;
                lastSeen = value;
            }
        }

        bool commonRun = distinct == 1 && lastSeen is 0x00 or 0x20 or 0x90 or 0xCC or 0xFF;
        return commonRun ? quality - (10 * window.Length) : quality + (2 * distinct);
    }

    private static int ByteScore(byte b) => b switch
    {
        0x00 or 0x20 or 0xCC or 0xFF => 12,
        >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' => 18,
        _ => 20,
    };

    private static bool IsCasePair(ByteSet set, out byte lower)
    {
        lower = 0;
        if (set.Count != 2)
        {
            return false;
        }

        for (int c = 'a'; c <= 'z'; c++)
        {
            if (set.Contains((byte)c) && set.Contains((byte)(c - 32)))
            {
                lower = (byte)c;
                return true;
            }
        }

        return false;
    }
}
