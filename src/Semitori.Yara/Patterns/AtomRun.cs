namespace Semitori.Yara.Patterns;

/// <summary>
/// A maximal run of fixed byte positions found while walking a sequence, with the range of
/// offsets (from the match start) at which it begins; <see cref="Close"/> picks its best window.
/// </summary>
/// <param name="capacity">Expected positions: long hex strings would otherwise regrow the list many times.</param>
internal sealed class AtomRun(long offMin, long offMax, int capacity)
{
    private readonly List<ByteSet> _sets = new(Math.Min(capacity, MaxInitialCapacity));

    /// <summary>Presizing stops here: a bigger run grows as a list does.</summary>
    private const int MaxInitialCapacity = 4096;
    private long _startMin;
    private long _startMax;

    /// <summary>Offset range of the next position (max -1 = unbounded).</summary>
    public long CurrentMin { get; private set; } = offMin;

    public long CurrentMax { get; private set; } = offMax;

    public void Append(ByteSet set)
    {
        if (_sets.Count == 0)
        {
            _startMin = CurrentMin;
            _startMax = CurrentMax;
        }

        _sets.Add(set);
        CurrentMin++;
        CurrentMax = CurrentMax < 0 ? -1 : CurrentMax + 1;
    }

    public void Advance(long min, long max)
    {
        CurrentMin += min;
        CurrentMax = CurrentMax < 0 || max < 0 ? -1 : CurrentMax + max;
    }

    /// <summary>Scores every window of 1..4 positions, returns the best as atoms, and empties the run.</summary>
    public AtomCandidate? Close()
    {
        // Read in place; the run is emptied once its window has been copied out below.
        ReadOnlySpan<ByteSet> sets = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sets);
        int bestStart = -1, bestLength = 0, bestScore = int.MinValue;
        for (int i = 0; i < sets.Length; i++)
        {
            long variants = 1;
            for (int len = 1; len <= 4 && i + len <= sets.Length; len++)
            {
                int count = sets[i + len - 1].Count;
                if (count == 0 || count > 16)
                {
                    break;
                }

                variants *= count;
                if (variants > AtomExtractor.MaxVariantsPerWindow)
                {
                    break;
                }

                int score = AtomHeuristic.Of(sets.Slice(i, len)) - AtomCandidate.Penalty((int)variants);
                if (score > bestScore)
                {
                    (bestStart, bestLength, bestScore) = (i, len, score);
                }
            }
        }

        if (bestStart < 0)
        {
            _sets.Clear();
            return null;
        }

        int quality = AtomHeuristic.Of(sets.Slice(bestStart, bestLength));
        int minOffset = Clamp(_startMin + bestStart);
        int maxOffset = _startMax < 0 ? -1 : Clamp(_startMax + bestStart);
        var atoms = new List<Atom>();
        Expand(sets.Slice(bestStart, bestLength).ToArray(), 0, new byte[bestLength], atoms, minOffset, maxOffset, quality);
        _sets.Clear();
        return new AtomCandidate(atoms);
    }

    private static void Expand(ByteSet[] window, int index, byte[] current, List<Atom> atoms, int min, int max, int quality)
    {
        if (index == window.Length)
        {
            atoms.Add(new Atom((byte[])current.Clone(), min, max, quality));
            return;
        }

        Span<byte> members = stackalloc byte[256];
        int n = window[index].CopyTo(members);
        for (int i = 0; i < n; i++)
        {
            current[index] = members[i];
            Expand(window, index + 1, current, atoms, min, max, quality);
        }
    }

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
