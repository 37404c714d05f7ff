namespace Semitori.Yara.Patterns;

/// <summary>
/// Fast path for hex-like patterns (libyara's <c>yr_re_fast_exec</c> and YARA-X's FastVM play the
/// same role): a sequence of fixed byte sets and gaps (<c>[n-m]</c> jumps, <c>.{n,m}</c>,
/// <c>[a-z]+</c> …) with at most one long gap, no alternatives, no assertions; with wide, gaps
/// count 2-byte characters. Gaps are tried in priority order
/// (greedy longest first, lazy shortest first) depth-first, exactly like backtracking, and a
/// bitmap of (segment, offset) pairs already known to fail bounds the work to
/// O(segments × window × gap width) whatever the input. Gap sizes are not unrolled, so jumps of
/// any size cost nothing at compile time.
/// </summary>
internal sealed class GapMatcher
{
    /// <summary>Gaps allowing more than this many characters use the cached member-run scan.</summary>
    private const int LongGapThreshold = 64;

    private readonly GapSegment[] _segments;

    /// <summary>
    /// Run positions as <c>(b &amp; mask) == value</c>: exact bytes, hex nibbles and <c>??</c> take two
    /// bytes each instead of a 32-byte set (thousands of hex strings keep only these).
    /// </summary>
    private readonly byte[] _runBytes;
    private readonly byte[] _runMasks;

    /// <summary>The full sets, only when some position is not a masked byte (classes, alternatives of bytes).</summary>
    private readonly ByteSet[]? _runSets;

    private GapMatcher(GapSegment[] segments, ByteSet[]? runSets, byte[] runBytes, byte[] runMasks)
    {
        _segments = segments;
        _runSets = runSets;
        _runBytes = runBytes;
        _runMasks = runMasks;
    }

    public static GapMatcher? TryCreate(RegexNode node, PatternOptions options)
    {
        var builder = new GapMatcherBuilder(options);
        var items = node is ConcatNode concat ? concat.Items : [node];
        foreach (var item in items)
        {
            if (!builder.Add(item))
            {
                return null;
            }
        }

        var (segments, sets) = builder.Build();
        if (segments.Count(g => g.GapUnbounded || g.GapMax - g.GapMin > LongGapThreshold) >= 2)
        {
            // Two long gaps make the depth-first search quadratic (every start of the second gap
            // re-enumerates its lengths); the Pike VM is linear there.
            return null;
        }
        var bytes = new byte[sets.Length];
        var masks = new byte[sets.Length];
        bool allMasked = true;
        for (int i = 0; i < sets.Length; i++)
        {
            if (sets[i].TryGetSingle(out bytes[i]))
            {
                masks[i] = 0xFF;
            }
            else if (sets[i].IsAll)
            {
                (bytes[i], masks[i]) = (0, 0);
            }
            else
            {
                allMasked &= TryMasked(sets[i], out bytes[i], out masks[i]);
            }
        }

        return new GapMatcher(segments, allMasked ? null : sets, bytes, masks);
    }

    public int MatchAt(ReadOnlySpan<byte> data, int start, int limit)
    {
        int end = MatchRun(0, data, start, limit);
        if (end < 0)
        {
            return -1;
        }

        int last = _segments.Length - 1;
        if (last == 0)
        {
            return end - start;
        }

        var s = GapScratch.For(_segments.Length);
        bool memo = last >= 2;
        if (memo)
        {
            s.ResetMemo(_segments.Length, limit - start + 1);
        }

        int d = 1;
        InitGap(s, d, end, data, limit);
        while (d > 0)
        {
            if (!NextGap(s, d, out int gap))
            {
                if (memo && d >= 2)
                {
                    s.MarkFailed(d - 1, s.RunPos[d - 1] - start);
                }

                d--;
                continue;
            }

            int p = s.GapBase[d] + (gap * _segments[d].GapUnit);
            if (memo && s.IsFailed(d, p - start))
            {
                continue;
            }

            end = MatchRun(d, data, p, limit);
            if (end < 0)
            {
                if (memo)
                {
                    s.MarkFailed(d, p - start);
                }

                continue;
            }

            if (d == last)
            {
                return end - start;
            }

            s.RunPos[d] = p;
            d++;
            InitGap(s, d, end, data, limit);
        }

        return -1;
    }

    private void InitGap(GapScratch s, int d, int gapBase, ReadOnlySpan<byte> data, int limit)
    {
        var seg = _segments[d];
        int unit = seg.GapUnit;
        long room = ((long)limit - gapBase - seg.RunLength) / unit;
        long high = seg.GapUnbounded ? room : Math.Min(seg.GapMax, room);
        if (!seg.GapSet.IsAll && unit == 1 && high > LongGapThreshold)
        {
            // Long gaps over a class ([^x]*, .{0,4000} without /s): remember where the run of members
            // ends, so re-entering the gap from another offset of the same run does not rescan it —
            // this keeps the total work linear in the window instead of quadratic.
            if (s.ScanFrom[d] < 0 || gapBase < s.ScanFrom[d] || gapBase > s.ScanEnd[d])
            {
                int end = gapBase;
                var set = seg.GapSet;
                while (end < limit && set.Contains(data[end]))
                {
                    end++;
                }

                s.ScanFrom[d] = gapBase;
                s.ScanEnd[d] = end;
            }

            high = Math.Min(high, s.ScanEnd[d] - gapBase);
        }
        else if ((!seg.GapSet.IsAll || unit == 2) && high >= 0)
        {
            int run = 0;
            var set = seg.GapSet;
            while (run < high && set.Contains(data[gapBase + (unit * run)]) && (unit == 1 || data[gapBase + (2 * run) + 1] == 0))
            {
                run++;
            }

            high = run;
        }

        s.GapBase[d] = gapBase;
        s.Low[d] = seg.GapMin;
        s.High[d] = (int)Math.Max(high, -1);
        s.Current[d] = seg.GapGreedy ? s.High[d] : seg.GapMin;
    }

    private bool NextGap(GapScratch s, int d, out int gap)
    {
        gap = s.Current[d];
        if (gap < s.Low[d] || gap > s.High[d])
        {
            return false;
        }

        s.Current[d] = _segments[d].GapGreedy ? gap - 1 : gap + 1;
        return true;
    }

    private int MatchRun(int d, ReadOnlySpan<byte> data, int p, int limit)
    {
        var seg = _segments[d];
        int len = seg.RunLength;
        if ((long)p + len > limit)
        {
            return -1;
        }

        if (seg.RunIsExact)
        {
            return data.Slice(p, len).SequenceEqual(_runBytes.AsSpan(seg.RunOffset, len)) ? p + len : -1;
        }

        if (_runSets is { } sets)
        {
            for (int i = 0; i < len; i++)
            {
                if (!sets[seg.RunOffset + i].Contains(data[p + i]))
                {
                    return -1;
                }
            }

            return p + len;
        }

        ReadOnlySpan<byte> values = _runBytes.AsSpan(seg.RunOffset, len);
        ReadOnlySpan<byte> masks = _runMasks.AsSpan(seg.RunOffset, len);
        ReadOnlySpan<byte> window = data.Slice(p, len);
        for (int i = 0; i < window.Length; i++)
        {
            if ((window[i] & masks[i]) != values[i])
            {
                return -1;
            }
        }

        return p + len;
    }

    /// <summary>True when <paramref name="set"/> is exactly the bytes with <c>(b &amp; mask) == value</c>.</summary>
    private static bool TryMasked(ByteSet set, out byte value, out byte mask)
    {
        int ones = 0xFF, zeros = 0xFF, count = 0;
        for (int b = 0; b < 256; b++)
        {
            if (set.Contains((byte)b))
            {
                ones &= b;
                zeros &= ~b;
                count++;
            }
        }

        mask = (byte)(ones | zeros);
        value = (byte)ones;
        return count == 1 << (8 - System.Numerics.BitOperations.PopCount(mask));
    }
}
