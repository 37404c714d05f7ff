namespace Semitori.Yara.Patterns;

/// <summary>
/// Where an atom sits in a gap matcher's runs, and the cheap checks the scanner makes around an
/// atom hit before it tries any start (see <see cref="Compilation.AtomEntry.GapCheck"/>).
/// </summary>
internal sealed partial class GapMatcher
{
    /// <summary>
    /// Where an atom of this pattern sits: the one run position whose bytes can only be the
    /// atom's and whose distance range from the match start is [<paramref name="minOffset"/>,
    /// <paramref name="maxOffset"/>] (-1: unbounded). Returns (segment &lt;&lt; 16) | offset in its
    /// run, or -1 when no position or more than one fits (the caller then verifies as before).
    /// </summary>
    public int Locate(ReadOnlySpan<byte> atom, int minOffset, int maxOffset)
    {
        int found = -1;
        long runMin = 0, runMax = 0;
        for (int d = 0; d < _segments.Length; d++)
        {
            GapSegment seg = _segments[d];
            if (d > 0)
            {
                runMin += (long)seg.GapMin * seg.GapUnit;
                runMax = runMax < 0 || seg.GapUnbounded ? -1 : runMax + (seg.GapMax * seg.GapUnit);
            }

            for (int k = 0; k + atom.Length <= seg.RunLength && seg.RunLength <= ushort.MaxValue; k++)
            {
                if (runMin + k == minOffset && (runMax < 0 ? maxOffset < 0 : runMax + k == maxOffset) && RunIs(seg.RunOffset + k, atom))
                {
                    if (found >= 0)
                    {
                        return -1;
                    }

                    found = (d << 16) | k;
                }
            }

            runMin += seg.RunLength;
            runMax = runMax < 0 ? -1 : runMax + seg.RunLength;
        }

        return found;
    }

    /// <summary>
    /// Cheap checks of a located atom's hit that need no object but the hit's entry: up to 8 run
    /// bytes around the atom as one masked word (<c>(word &amp; mask) == value</c>, read
    /// <see cref="GapQuickCheck.WordDelta"/> bytes before the hit), and the first byte of the next
    /// run somewhere in its short gap.
    /// </summary>
    public GapQuickCheck QuickCheckFor(int anchor)
    {
        int d = anchor >> 16;
        int k = anchor & 0xFFFF;
        GapSegment seg = _segments[d];
        if (_runSets is not null)
        {
            return default;
        }

        // The 8-byte window of the run with the most fixed bits besides the atom's (whose bytes the hit already matched).
        int from = 0, n = Math.Min(8, seg.RunLength), bestBits = -1;
        for (int w = 0; w + n <= seg.RunLength; w++)
        {
            int bits = 0;
            for (int i = w; i < w + n; i++)
            {
                bits += i >= k && i < k + 4 ? 0 : System.Numerics.BitOperations.PopCount(_runMasks[seg.RunOffset + i]);
            }

            if (bits > bestBits)
            {
                (bestBits, from) = (bits, w);
            }
        }

        ulong value = 0, mask = 0;
        for (int i = 0; i < n; i++)
        {
            value |= (ulong)_runBytes[seg.RunOffset + from + i] << (8 * i);
            mask |= (ulong)_runMasks[seg.RunOffset + from + i] << (8 * i);
        }

        var check = new GapQuickCheck(k - from, n, value, mask);
        if (d + 1 < _segments.Length && IsShortAnyGap(_segments[d + 1]))
        {
            // The next run's first bytes, somewhere in the gap after this run.
            GapSegment next = _segments[d + 1];
            (uint v, uint m) = RunWord(next.RunOffset, Math.Min(4, next.RunLength));
            check = check with
            {
                NextOffset = seg.RunLength - k + next.GapMin,
                NextSpan = (int)(next.GapMax - next.GapMin + 1),
                NextValue = v,
                NextMask = m,
            };
        }

        if (d > 0 && IsShortAnyGap(seg) && _segments[d - 1].RunLength > 0)
        {
            // The previous run's last bytes, somewhere in the gap before this run.
            GapSegment previous = _segments[d - 1];
            int n4 = Math.Min(4, previous.RunLength);
            (uint v, uint m) = RunWord(previous.RunOffset + previous.RunLength - n4, n4);
            check = check with
            {
                PrevOffset = (int)(k + seg.GapMax + n4),
                PrevSpan = (int)(seg.GapMax - seg.GapMin + 1),
                PrevValue = v,
                PrevMask = m,
            };
        }

        return check;
    }

    /// <summary>Up to 4 run elements from <paramref name="offset"/> as a masked little-endian word.</summary>
    private (uint Value, uint Mask) RunWord(int offset, int count)
    {
        uint value = 0, mask = 0;
        for (int i = 0; i < count; i++)
        {
            value |= (uint)_runBytes[offset + i] << (8 * i);
            mask |= (uint)_runMasks[offset + i] << (8 * i);
        }

        return (value, mask);
    }

    /// <summary>A gap of any bytes, one byte per character, bounded and short enough for an inline search.</summary>
    private static bool IsShortAnyGap(GapSegment seg) =>
        seg.GapUnit == 1 && seg.GapSet.IsAll && !seg.GapUnbounded && seg.GapMax - seg.GapMin < GapQuickCheck.MaxSpan && seg.RunLength > 0;

    /// <summary>Whether the run elements from <paramref name="offset"/> on admit exactly the bytes of <paramref name="atom"/>.</summary>
    private bool RunIs(int offset, ReadOnlySpan<byte> atom)
    {
        for (int i = 0; i < atom.Length; i++)
        {
            bool single = _runSets is { } sets ? sets[offset + i].TryGetSingle(out byte b) && b == atom[i] : _runMasks[offset + i] == 0xFF && _runBytes[offset + i] == atom[i];
            if (!single)
            {
                return false;
            }
        }

        return true;
    }
}
