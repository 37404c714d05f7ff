using Semitori.Yara.Scanning;

namespace Semitori.Yara.Semantics;

// String references. A string index of -1 means "the string of the enclosing for-of loop".

internal static class StringRefs
{
    public static int Resolve(int index, ScanContext ctx) => index >= 0 ? index : ctx.CurrentString;
}

/// <summary><c>$a</c>, <c>$a at x</c>, <c>$a in (x..y)</c>.</summary>
internal sealed class StringFoundExpr(int index, BoundExpr? at, BoundExpr? low, BoundExpr? high) : BoundExpr(YaraType.Bool)
{
    public override Value Eval(ScanContext ctx)
    {
        int s = StringRefs.Resolve(index, ctx);
        if (at is null && low is null)
        {
            return Value.Bool(ctx.Counts[s] > 0);
        }

        MatchList m = ctx.Matches[s];
        if (at is not null)
        {
            Value o = at.Eval(ctx);
            if (o.Kind != ValueKind.Int)
            {
                return Value.Undefined;
            }

            return Value.Bool(HasMatchIn(m, o.I, o.I));
        }

        if (low is not null && high is not null)
        {
            Value l = low.Eval(ctx), h = high.Eval(ctx);
            if (l.Kind != ValueKind.Int || h.Kind != ValueKind.Int)
            {
                return Value.Undefined;
            }

            return Value.Bool(HasMatchIn(m, l.I, h.I));
        }

        return Value.Bool(ctx.Counts[StringRefs.Resolve(index, ctx)] > 0);
    }

    public static bool HasMatchIn(MatchList m, long lo, long hi)
    {
        // Matches are sorted by offset: the first at or after lo decides.
        int a = m.FirstAtOrAfter(lo);
        return a < m.Count && m[a].Offset <= hi;
    }
}

/// <summary><c>#a</c> or <c>#a in (x..y)</c>.</summary>
internal sealed class StringCountExpr(int index, BoundExpr? low, BoundExpr? high) : BoundExpr(YaraType.Int)
{
    /// <summary>A count of one named string over the whole file (not the loop's <c>#</c>, no range).</summary>
    public bool IsPlainCount => index >= 0 && low is null;

    public override Value Eval(ScanContext ctx)
    {
        int s = StringRefs.Resolve(index, ctx);
        if (low is null || high is null)
        {
            return Value.Int(ctx.Counts[s]);
        }

        MatchList m = ctx.Matches[s];
        Value l = low.Eval(ctx), h = high.Eval(ctx);
        if (l.Kind != ValueKind.Int || h.Kind != ValueKind.Int)
        {
            return Value.Undefined;
        }

        // Sorted by offset: count from the first match in range to the first past it.
        if (l.I > h.I)
        {
            return Value.Int(0);
        }

        int first = m.FirstAtOrAfter(l.I);
        int end = h.I == long.MaxValue ? m.Count : m.FirstAtOrAfter(h.I + 1);
        return Value.Int(end - first);
    }
}

/// <summary><c>@a[i]</c> (offset) and <c>!a[i]</c> (length), 1-based; out of range is undefined.</summary>
internal sealed class StringPropertyExpr(int index, bool isLength, BoundExpr? position) : BoundExpr(YaraType.Int)
{
    public override Value Eval(ScanContext ctx)
    {
        MatchList m = ctx.Matches[StringRefs.Resolve(index, ctx)];
        long i = 1;
        if (position is not null)
        {
            Value p = position.Eval(ctx);
            if (p.Kind != ValueKind.Int)
            {
                return Value.Undefined;
            }

            i = p.I;
        }

        if (i < 1 || i > m.Count)
        {
            return Value.Undefined;
        }

        StringMatch match = m[(int)(i - 1)];
        return Value.Int(isLength ? match.Length : match.Offset);
    }
}
