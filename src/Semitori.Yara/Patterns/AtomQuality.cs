namespace Semitori.Yara.Patterns;

/// <summary>
/// Quality heuristic modelled on libyara <c>yr_atoms_heuristic_quality</c> (research/yara.md
/// §4.1): +20 per fixed byte, +18 for a letter, +12 for the very common 0x00 0x20 0xFF 0xCC 0x90,
/// +4 for a byte with a small set of variants (a nibble mask), plus 2 × number of distinct
/// fixed bytes; a window whose bytes are all equal loses its distinctness bonus and 10 points
/// (runs of 00 / 90 / FF are the slowest atoms in practice).
/// </summary>
internal static class AtomQuality
{
    public static int Of(ReadOnlySpan<ByteSet> window)
    {
        int quality = 0;
        Span<bool> seen = stackalloc bool[256];
        int distinct = 0;
        int fixedCount = 0;
        byte firstFixed = 0;
        bool allSame = true;
        foreach (var set in window)
        {
            if (set.TryGetSingle(out byte b))
            {
                quality += ByteScore(b);
                if (!seen[b])
                {
                    seen[b] = true;
                    distinct++;
                }

                if (fixedCount == 0)
                {
                    firstFixed = b;
                }
                else if (b != firstFixed)
                {
                    allSame = false;
                }

                fixedCount++;
            }
            else
            {
                allSame = false;
                quality += set.Count <= 16 ? 4 : -10;
            }
        }

        quality += 2 * distinct;
        if (allSame && window.Length > 1)
        {
            quality -= 10;
        }

        return quality;
    }

    private static int ByteScore(byte b) => b switch
    {
        0x00 or 0x20 or 0xFF or 0xCC or 0x90 => 12,
        >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' => 18,
        _ => 20,
    };
}
