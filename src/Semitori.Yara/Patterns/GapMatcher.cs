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
internal sealed partial class GapMatcher
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
        var items = node is ConcatNode concat ? concat.Items : [node];
        var builder = new GapMatcherBuilder(options, items.Count * (options.Wide ? 2 : 1));
        foreach (var item in items)
        {
            if (!builder.Add(item))
            {
                return null;
            }
        }

        var (segments, setList) = builder.Build();
        if (segments.Count(g => g.GapUnbounded || g.GapMax - g.GapMin > LongGapThreshold) >= 2)
        {
            // Two long gaps make the depth-first search quadratic (every start of the second gap
            // re-enumerates its lengths); the Pike VM is linear there.
            return null;
        }
        ReadOnlySpan<ByteSet> sets = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(setList);
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

        return new GapMatcher(segments, allMasked ? null : sets.ToArray(), bytes, masks);
    }

    public int MatchAt(ReadOnlySpan<byte> data, int start, int limit)
    {
        int end = MatchRun(0, data, start, limit);
        if (end < 0)
        {
            return -1;
        }

        end = Continue(data, start, 1, end, limit);
        return end < 0 ? -1 : end - start;
    }

    /// <summary>
    /// A necessary condition for a match whose atom (located by <see cref="Locate"/>) lies at
    /// <paramref name="position"/>: the atom's run matches around it and the rest of the pattern
    /// matches after it within <paramref name="limit"/>. Most hits of a weak atom fail here, before
    /// any of the starts its distance range allows is tried.
    /// </summary>
    public bool ContinuesAt(ReadOnlySpan<byte> data, int anchor, int position, int limit)
    {
        int d = anchor >> 16;
        int k = anchor & 0xFFFF;
        GapSegment seg = _segments[d];
        int runStart = position - k;
        if (runStart < 0 || (long)runStart + seg.RunLength > limit || !RunMatches(seg, data, runStart))
        {
            return false;
        }

        return Continue(data, position, d + 1, runStart + seg.RunLength, limit) >= 0;
    }

    /// <summary>
    /// The depth-first search over the gaps of segments <paramref name="first"/>..last, the run of
    /// segment first-1 having ended at <paramref name="end"/>. Returns where the match ends, or -1.
    /// Memo offsets are relative to <paramref name="origin"/> (≤ every position tried).
    /// </summary>
    private int Continue(ReadOnlySpan<byte> data, int origin, int first, int end, int limit)
    {
        int last = _segments.Length - 1;
        if (first > last)
        {
            return end;
        }

        var s = GapScratch.For(_segments.Length);
        bool memo = last - first >= 1;
        if (memo)
        {
            s.ResetMemo(_segments.Length, limit - origin + 1);
        }

        int d = first;
        InitGap(s, d, end, data, limit);
        while (d >= first)
        {
            if (!NextGap(s, d, data, out int gap))
            {
                if (memo && d > first)
                {
                    s.MarkFailed(d - 1, s.RunPos[d - 1] - origin);
                }

                d--;
                continue;
            }

            int p = s.GapBase[d] + (gap * _segments[d].GapUnit);
            if (memo && s.IsFailed(d, p - origin))
            {
                continue;
            }

            end = MatchRun(d, data, p, limit);
            if (end < 0)
            {
                if (memo)
                {
                    s.MarkFailed(d, p - origin);
                }

                continue;
            }

            if (d == last)
            {
                return end;
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

    private bool NextGap(GapScratch s, int d, ReadOnlySpan<byte> data, out int gap)
    {
        gap = s.Current[d];
        if (gap < s.Low[d] || gap > s.High[d])
        {
            return false;
        }

        GapSegment seg = _segments[d];
        if (seg.GapUnit == 1 && _runSets is null && seg.RunLength > 0 && _runMasks[seg.RunOffset] == 0xFF)
        {
            // Only gap lengths after which the run's first byte follows can match: find the next one with a vectorised search.
            byte first = _runBytes[seg.RunOffset];
            int gapBase = s.GapBase[d];
            int found = seg.GapGreedy
                ? data.Slice(gapBase + s.Low[d], gap - s.Low[d] + 1).LastIndexOf(first)
                : data.Slice(gapBase + gap, s.High[d] - gap + 1).IndexOf(first);
            if (found < 0)
            {
                s.Current[d] = seg.GapGreedy ? s.Low[d] - 1 : s.High[d] + 1;
                return false;
            }

            gap = seg.GapGreedy ? s.Low[d] + found : gap + found;
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

        return RunMatches(seg, data, p) ? p + len : -1;
    }

    /// <summary>Whether the run of <paramref name="seg"/> matches at <paramref name="p"/> (the caller checked that it fits).</summary>
    private bool RunMatches(GapSegment seg, ReadOnlySpan<byte> data, int p)
    {
        int len = seg.RunLength;
        if (seg.RunIsExact)
        {
            return data.Slice(p, len).SequenceEqual(_runBytes.AsSpan(seg.RunOffset, len));
        }

        if (_runSets is { } sets)
        {
            for (int i = 0; i < len; i++)
            {
                if (!sets[seg.RunOffset + i].Contains(data[p + i]))
                {
                    return false;
                }
            }

            return true;
        }

        ReadOnlySpan<byte> values = _runBytes.AsSpan(seg.RunOffset, len);
        ReadOnlySpan<byte> masks = _runMasks.AsSpan(seg.RunOffset, len);
        ReadOnlySpan<byte> window = data.Slice(p, len);
        for (int i = 0; i < window.Length; i++)
        {
            if ((window[i] & masks[i]) != values[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="set"/> is exactly the bytes with <c>(b &amp; mask) == value</c>.</summary>
    internal static bool TryMasked(ByteSet set, out byte value, out byte mask)
    {
        // Only the members are visited (one for an exact byte, not 256 membership tests).
        int ones = 0xFF, zeros = 0xFF, count = 0;
        for (int i = 0; i < 4; i++)
        {
            for (ulong w = set.GetWord(i); w != 0; w &= w - 1)
            {
                int b = (i << 6) + System.Numerics.BitOperations.TrailingZeroCount(w);
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
