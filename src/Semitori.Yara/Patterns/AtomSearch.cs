namespace Semitori.Yara.Patterns;

/// <summary>The recursive search behind <see cref="AtomExtractor.Extract"/>.</summary>
internal sealed class AtomSearch(PatternOptions options)
{
    /// <summary>Fixed repeats are looked into this far (4-byte atoms need no more).</summary>
    private const int MaxRepeatLookahead = 8;

    private const int MaxDepth = 64;

    private readonly int _width = options.Wide ? 2 : 1;

    public AtomCandidate? Best(RegexNode node, long offMin, long offMax, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (node)
        {
            case AlternationNode alternation:
            {
                var atoms = new List<Atom>();
                foreach (var alt in alternation.Alternatives)
                {
                    var best = Best(alt, offMin, offMax, depth + 1);
                    if (best is null || atoms.Count + best.Atoms.Count > AtomExtractor.MaxAtoms)
                    {
                        return null;
                    }

                    atoms.AddRange(best.Atoms);
                }

                return Dedupe(atoms);
            }

            case RepeatNode { Min: >= 1 } r when r.Child is not (ByteSetNode or DotNode):
                return Best(r.Child, offMin, offMax, depth + 1);
            case ConcatNode concat:
                return WalkSequence(concat.Items, offMin, offMax, depth);
            default:
                return WalkSequence([node], offMin, offMax, depth);
        }
    }

    private AtomCandidate? WalkSequence(IReadOnlyList<RegexNode> items, long offMin, long offMax, int depth)
    {
        var run = new AtomRun(offMin, offMax, items.Count * _width);
        AtomCandidate? best = null;
        foreach (var item in items)
        {
            switch (item)
            {
                case ByteSetNode or DotNode:
                    AppendElement(run, item);
                    break;
                case AssertionNode or EmptyNode:
                    break;
                case RepeatNode { Child: ByteSetNode or DotNode } r:
                {
                    int k = Math.Min(r.Min, MaxRepeatLookahead);
                    for (int i = 0; i < k; i++)
                    {
                        AppendElement(run, r.Child);
                    }

                    if (r.Min == r.Max && r.Min <= MaxRepeatLookahead)
                    {
                        break;
                    }

                    best = AtomCandidate.Better(best, run.Close());
                    run.Advance((long)(r.Min - k) * _width, r.IsUnbounded ? -1 : (long)(r.Max - k) * _width);
                    break;
                }

                default:
                {
                    best = AtomCandidate.Better(best, run.Close());
                    best = AtomCandidate.Better(best, Best(item, run.CurrentMin, run.CurrentMax, depth + 1));
                    long max = NodeMetrics.MaxWidth(item);
                    run.Advance(NodeMetrics.MinWidth(item) * _width, max < 0 ? -1 : max * _width);
                    break;
                }
            }
        }

        return AtomCandidate.Better(best, run.Close());
    }

    private void AppendElement(AtomRun run, RegexNode element)
    {
        var set = ProgramCompiler.EffectiveSet(element, options);
        run.Append(options.CaseInsensitive ? Lowercased(set) : set);
        if (options.Wide)
        {
            run.Append(ByteSet.Single(0));
        }
    }

    /// <summary>Maps letters to lowercase: the scanner expands nocase atoms itself.</summary>
    private static ByteSet Lowercased(ByteSet set)
    {
        var result = ByteSet.Empty;
        for (int b = 0; b < 256; b++)
        {
            if (set.Contains((byte)b))
            {
                result = result.With(b is >= 'A' and <= 'Z' ? (byte)(b + 32) : (byte)b);
            }
        }

        return result;
    }

    private static AtomCandidate? Dedupe(List<Atom> atoms)
    {
        var unique = new List<Atom>();
        var keys = new HashSet<string>();
        foreach (var atom in atoms)
        {
            if (keys.Add($"{Convert.ToHexString(atom.Bytes)}/{atom.MinOffset}/{atom.MaxOffset}"))
            {
                unique.Add(atom);
            }
        }

        return unique.Count == 0 ? null : new AtomCandidate(unique);
    }
}
