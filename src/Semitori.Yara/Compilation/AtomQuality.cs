namespace Semitori.Yara.Compilation;

/// <summary>
/// libyara's atom quality heuristic (atoms.c, yr_atoms_heuristic_quality), on the zero-based
/// scale: +20 per byte, +18 for ASCII letters, +12 for 0x00/0x20/0xCC/0xFF, +4 for a nibble mask,
/// −10 for a wildcard, +2 per distinct byte, or −10 per byte when all bytes are one common
/// value. A string whose best atoms score below <see cref="WarningThreshold"/> "may slow down
/// scanning" — the same threshold as libyara, so our warnings match yara's.
/// </summary>
internal static class AtomQuality
{
    public const int WarningThreshold = 38;

    /// <summary>Quality of an atom; <paramref name="mask"/> null means all bytes are exact.</summary>
    public static int Of(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> mask = default)
    {
        Span<bool> seen = stackalloc bool[256];
        int quality = 0;
        int unique = 0;
        int lastSeen = -1;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte m = mask.IsEmpty ? (byte)0xFF : mask[i];
            if (m == 0x00)
            {
                quality -= 10;
            }
            else if (m is 0x0F or 0xF0)
            {
                quality += 4;
            }
            else
            {
                byte b = bytes[i];
                quality += b switch
                {
                    0x00 or 0x20 or 0xCC or 0xFF => 12,
                    _ => AsciiCase.IsLetter(b) ? 18 : 20,
                };
                if (!seen[b])
                {
                    seen[b] = true;
                    unique++;
                    lastSeen = b;
                }
            }
        }

        if (unique == 1 && lastSeen is 0x00 or 0x20 or 0x90 or 0xCC or 0xFF)
        {
            quality -= 10 * bytes.Length;
        }
        else
        {
            quality += 2 * unique;
        }

        return quality;
    }

    /// <summary>The best window of at most four bytes of a literal: (offset, length, quality).</summary>
    public static (int Offset, int Length, int Quality) BestWindow(ReadOnlySpan<byte> literal)
    {
        int length = Math.Min(4, literal.Length);
        int best = int.MinValue, bestOffset = 0;
        for (int i = 0; i + length <= literal.Length; i++)
        {
            int q = Of(literal.Slice(i, length));
            if (q > best)
            {
                best = q;
                bestOffset = i;
            }
        }

        return (bestOffset, length, best);
    }
}
