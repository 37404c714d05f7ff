namespace Semitori.Yara.Patterns;

/// <summary>Splits a flat pattern into <see cref="GapSegment"/>s for <see cref="GapMatcher"/>.</summary>
/// <param name="capacity">Expected byte positions (items × unit): presizing spares long hex strings many list regrowths.</param>
internal sealed class GapMatcherBuilder(PatternOptions options, int capacity)
{
    /// <summary>Fixed repeats up to this count become run elements; larger ones stay gaps.</summary>
    private const int MaxFixedRepeatInRun = 16;

    private readonly List<GapSegment> _segments = [];
    private readonly List<ByteSet> _sets = new(Math.Min(capacity, 4096));
    private ByteSet _gapSet;
    private int _gapMin;
    private long _gapMax;
    private bool _gapGreedy;
    private int _runOffset;
    private bool _first = true;

    /// <summary>False when <paramref name="item"/> is outside the hex-like subset.</summary>
    public bool Add(RegexNode item)
    {
        switch (item)
        {
            case ByteSetNode or DotNode:
                AddFixed(ProgramCompiler.EffectiveSet(item, options));
                return true;
            case EmptyNode:
                return true;
            case RepeatNode { Child: ByteSetNode or DotNode } r:
            {
                var set = ProgramCompiler.EffectiveSet(r.Child, options);
                if (r.Min == r.Max && r.Min <= MaxFixedRepeatInRun)
                {
                    for (int i = 0; i < r.Min; i++)
                    {
                        AddFixed(set);
                    }

                    return true;
                }

                CloseSegment();
                _gapSet = set;
                _gapMin = r.Min;
                _gapMax = r.Max;
                _gapGreedy = r.Greedy;
                return true;
            }

            default:
                return false;
        }
    }

    private void AddFixed(ByteSet set)
    {
        _sets.Add(set);
        if (options.Wide)
        {
            _sets.Add(ByteSet.Single(0));
        }
    }

    /// <summary>The segments, and the run positions' sets (the builder's own list: the caller copies it only if it keeps it).</summary>
    public (GapSegment[] Segments, List<ByteSet> Sets) Build()
    {
        CloseSegment();
        return ([.. _segments], _sets);
    }

    private int Unit => options.Wide ? 2 : 1;

    private void CloseSegment()
    {
        int length = _sets.Count - _runOffset;
        bool exact = true;
        for (int i = _runOffset; i < _sets.Count; i++)
        {
            exact &= _sets[i].TryGetSingle(out _);
        }

        _segments.Add(_first
            ? new GapSegment(ByteSet.All, 0, 0, false, _runOffset, length, exact, Unit)
            : new GapSegment(_gapSet, _gapMin, _gapMax, _gapGreedy, _runOffset, length, exact, Unit));
        _first = false;
        _runOffset = _sets.Count;
    }
}
