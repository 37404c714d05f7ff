namespace Semitori.Yara.Patterns;

/// <summary>
/// Thompson construction of a <see cref="RegexNode"/> into a <see cref="VmProgram"/>. Counted
/// repeats are unrolled (<c>x{2,4}</c> = <c>x x (x (x)?)?</c>, which keeps greedy/lazy priorities
/// exactly), with counts clamped to <see cref="PatternLimits.RepeatUnrollLimit"/>; the parsers
/// already rejected trees whose unrolled size exceeds <see cref="PatternLimits.MaxProgramSize"/>.
/// </summary>
internal sealed class ProgramCompiler
{
    private readonly PatternOptions _options;
    private readonly List<OpCode> _ops;
    private readonly List<int> _a;
    private readonly List<int> _b;
    private readonly List<ulong> _sets = [];
    private readonly Dictionary<ByteSet, int> _setIndex = [];

    /// <param name="capacity">The program's size as estimated from the tree: the lists start
    /// there instead of regrowing through every power of two on long patterns.</param>
    private ProgramCompiler(PatternOptions options, int capacity)
    {
        _options = options;
        _ops = new List<OpCode>(capacity);
        _a = new List<int>(capacity);
        _b = new List<int>(capacity);
    }

    public static VmProgram Compile(RegexNode node, PatternOptions options)
    {
        int estimate = (int)Math.Min(NodeMetrics.ProgramSize(node, options.Wide) + 1, MaxInitialCapacity);
        var compiler = new ProgramCompiler(options, estimate);
        compiler.Emit(node);
        compiler.Add(OpCode.Match);
        return new VmProgram([.. compiler._ops], [.. compiler._a], [.. compiler._b], [.. compiler._sets], options.Wide);
    }

    /// <summary>Presizing stops here; bigger programs (rare) grow as lists do.</summary>
    private const int MaxInitialCapacity = 1 << 14;

    /// <summary>The byte set a single-byte node matches under <paramref name="options"/>.</summary>
    public static ByteSet EffectiveSet(RegexNode node, PatternOptions options)
    {
        var set = node switch
        {
            ByteSetNode s => s.Set,
            DotNode => options.DotAll ? ByteSet.All : DotNode.AnyButNewline,
            _ => ByteSet.Empty,
        };
        return options.CaseInsensitive ? set.CaseFolded() : set;
    }

    private void Emit(RegexNode node)
    {
        switch (node)
        {
            case ByteSetNode or DotNode:
                EmitSet(EffectiveSet(node, _options));
                if (_options.Wide)
                {
                    Add(OpCode.Byte, 0);
                }

                break;
            case ConcatNode concat:
                foreach (var item in concat.Items)
                {
                    Emit(item);
                }

                break;
            case AlternationNode alternation:
                EmitAlternation(alternation.Alternatives);
                break;
            case RepeatNode repeat:
                EmitRepeat(repeat);
                break;
            case AssertionNode assertion:
                Add(assertion.Kind switch
                {
                    AssertionKind.Start => OpCode.AssertStart,
                    AssertionKind.End => OpCode.AssertEnd,
                    AssertionKind.WordBoundary => OpCode.WordBoundary,
                    _ => OpCode.NotWordBoundary,
                });
                break;
        }
    }

    private void EmitAlternation(IReadOnlyList<RegexNode> alternatives)
    {
        var jumps = new List<int>();
        for (int i = 0; i < alternatives.Count; i++)
        {
            if (i == alternatives.Count - 1)
            {
                Emit(alternatives[i]);
                break;
            }

            int split = Add(OpCode.Split, _ops.Count + 1, 0);
            Emit(alternatives[i]);
            jumps.Add(Add(OpCode.Jmp, 0));
            _b[split] = _ops.Count;
        }

        foreach (int j in jumps)
        {
            _a[j] = _ops.Count;
        }
    }

    private void EmitRepeat(RepeatNode repeat)
    {
        int limit = PatternLimits.RepeatUnrollLimit;
        int min = repeat.Min;
        int max = repeat.Max;
        bool loop = repeat.IsUnbounded;
        if (repeat.IsHexJump && (min > limit || max > limit))
        {
            // A hex jump longer than the unroll limit: at most `limit` copies, then a lazy loop.
            // Exact inside a 4096-byte window (such a gap cannot fit there anyway); for chained
            // hex strings (ScanLimit = int.MaxValue) it accepts gaps beyond 4096 outside [min, max].
            min = Math.Min(min, limit);
            loop = true;
        }
        else if (min > limit)
        {
            if (NodeMetrics.MinWidth(repeat.Child) > 0)
            {
                // More iterations than bytes in the scan window: it can never match there.
                Add(OpCode.Fail);
                return;
            }

            min = limit;
        }

        if (max > limit)
        {
            max = limit;
        }

        if (loop)
        {
            EmitLoop(repeat, min);
            return;
        }

        for (int i = 0; i < min; i++)
        {
            Emit(repeat.Child);
        }

        var splits = new List<int>();
        for (int i = min; i < max; i++)
        {
            splits.Add(Add(OpCode.Split, 0, 0));
            Emit(repeat.Child);
        }

        int end = _ops.Count;
        foreach (int s in splits)
        {
            SetSplit(s, s + 1, end, repeat.Greedy);
        }
    }

    /// <summary><c>child{min,}</c>: min − 1 copies, then the last copy loops (or a star loop when min = 0).</summary>
    private void EmitLoop(RepeatNode repeat, int min)
    {
        for (int i = 0; i < min - 1; i++)
        {
            Emit(repeat.Child);
        }

        if (min >= 1)
        {
            int start = _ops.Count;
            Emit(repeat.Child);
            int split = Add(OpCode.Split, 0, 0);
            SetSplit(split, start, _ops.Count, repeat.Greedy);
        }
        else
        {
            int split = Add(OpCode.Split, 0, 0);
            Emit(repeat.Child);
            Add(OpCode.Jmp, split);
            SetSplit(split, split + 1, _ops.Count, repeat.Greedy);
        }
    }

    /// <summary>Greedy prefers <paramref name="body"/>, lazy prefers <paramref name="exit"/>.</summary>
    private void SetSplit(int split, int body, int exit, bool greedy)
    {
        _a[split] = greedy ? body : exit;
        _b[split] = greedy ? exit : body;
    }

    private void EmitSet(ByteSet set)
    {
        if (set.IsAll)
        {
            Add(OpCode.Any);
        }
        else if (set.TryGetSingle(out byte value))
        {
            Add(OpCode.Byte, value);
        }
        else
        {
            if (!_setIndex.TryGetValue(set, out int index))
            {
                index = _sets.Count / 4;
                _setIndex[set] = index;
                for (int w = 0; w < 4; w++)
                {
                    _sets.Add(set.GetWord(w));
                }
            }

            Add(OpCode.Set, index);
        }
    }

    private int Add(OpCode op, int a = 0, int b = 0)
    {
        _ops.Add(op);
        _a.Add(a);
        _b.Add(b);
        return _ops.Count - 1;
    }
}
