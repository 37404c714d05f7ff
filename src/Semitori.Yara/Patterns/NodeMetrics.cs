namespace Semitori.Yara.Patterns;

/// <summary>Static properties of a pattern tree: match length bounds, program size, anchoring.</summary>
internal static class NodeMetrics
{
    /// <summary>Minimum number of bytes consumed (1 per byte element, before wide expansion).</summary>
    public static long MinWidth(RegexNode node) => node switch
    {
        ByteSetNode or DotNode => 1,
        ConcatNode c => Sum(c.Items, MinWidth),
        AlternationNode a => a.Alternatives.Count == 0 ? 0 : a.Alternatives.Min(MinWidth),
        RepeatNode r => Mul(MinWidth(r.Child), r.Min),
        _ => 0,
    };

    /// <summary>Maximum number of bytes consumed, or -1 when unbounded.</summary>
    public static long MaxWidth(RegexNode node)
    {
        switch (node)
        {
            case ByteSetNode or DotNode:
                return 1;
            case ConcatNode c:
            {
                long total = 0;
                foreach (var item in c.Items)
                {
                    long w = MaxWidth(item);
                    if (w < 0)
                    {
                        return -1;
                    }

                    total = Saturate(total + w);
                }

                return total;
            }

            case AlternationNode a:
            {
                long best = 0;
                foreach (var alt in a.Alternatives)
                {
                    long w = MaxWidth(alt);
                    if (w < 0)
                    {
                        return -1;
                    }

                    best = Math.Max(best, w);
                }

                return best;
            }

            case RepeatNode r:
            {
                long w = MaxWidth(r.Child);
                if (w == 0)
                {
                    return 0;
                }

                return w < 0 || r.IsUnbounded ? -1 : Mul(w, r.Max);
            }

            default:
                return 0;
        }
    }

    /// <summary>
    /// Number of VM instructions <see cref="ProgramCompiler"/> emits (wide doubles byte elements);
    /// saturates at long.MaxValue / 4 so a caller can compare against a cap.
    /// </summary>
    public static long ProgramSize(RegexNode node, bool wide)
    {
        switch (node)
        {
            case ByteSetNode or DotNode:
                return wide ? 2 : 1;
            case ConcatNode c:
                return ProgramSizeSum(c.Items, wide);
            case AlternationNode a:
                return Saturate(ProgramSizeSum(a.Alternatives, wide) + (2L * a.Alternatives.Count));
            case RepeatNode r:
            {
                long child = ProgramSize(r.Child, wide);
                long min = Math.Min(r.Min, PatternLimits.RepeatUnrollLimit);
                long max = r.IsUnbounded ? -1 : Math.Min(r.Max, PatternLimits.RepeatUnrollLimit);
                long size = Mul(child, min);
                size = max < 0 ? Saturate(size + child + 2) : Saturate(size + Mul(max - min, child + 1));
                return size;
            }

            default:
                return 1;
        }
    }

    /// <summary>
    /// True when the pattern has a top-level hex jump wider than YR_STRING_CHAINING_THRESHOLD (200)
    /// or unbounded: libyara splits such hex strings into chained pieces, each limited to
    /// YR_RE_SCAN_LIMIT on its own, so the whole match is not limited to 4096 bytes.
    /// </summary>
    public static bool IsChained(RegexNode node)
    {
        var items = node is ConcatNode c ? c.Items : [node];
        foreach (var item in items)
        {
            if (item is RepeatNode { IsHexJump: true } jump &&
                (jump.IsUnbounded || jump.Max > PatternLimits.MaxJumpInAlternation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every path through the pattern begins with <c>^</c>.</summary>
    public static bool AnchoredAtStart(RegexNode node) => node switch
    {
        AssertionNode { Kind: AssertionKind.Start } => true,
        ConcatNode c => c.Items.Count > 0 && FirstAnchored(c.Items),
        AlternationNode a => a.Alternatives.Count > 0 && a.Alternatives.All(AnchoredAtStart),
        RepeatNode r => r.Min > 0 && AnchoredAtStart(r.Child),
        _ => false,
    };

    private static bool FirstAnchored(IReadOnlyList<RegexNode> items)
    {
        foreach (var item in items)
        {
            if (AnchoredAtStart(item))
            {
                return true;
            }

            // Zero-width items (other assertions) before ^ keep the anchoring.
            if (item is not AssertionNode)
            {
                return false;
            }
        }

        return false;
    }

    // A loop of its own rather than Sum with a lambda: the lambda captures `wide`, one closure per node visited.
    private static long ProgramSizeSum(IReadOnlyList<RegexNode> nodes, bool wide)
    {
        long total = 0;
        foreach (var n in nodes)
        {
            total = Saturate(total + ProgramSize(n, wide));
        }

        return total;
    }

    private static long Sum(IReadOnlyList<RegexNode> nodes, Func<RegexNode, long> f)
    {
        long total = 0;
        foreach (var n in nodes)
        {
            total = Saturate(total + f(n));
        }

        return total;
    }

    private static long Mul(long a, long b)
    {
        const long cap = long.MaxValue / 4;
        if (a == 0 || b == 0)
        {
            return 0;
        }

        return a > cap / b ? cap : a * b;
    }

    private static long Saturate(long value) => value is < 0 or > long.MaxValue / 4 ? long.MaxValue / 4 : value;
}
