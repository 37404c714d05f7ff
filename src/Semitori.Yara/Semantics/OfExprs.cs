using Semitori.Yara.Scanning;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Semantics;

/// <summary><c>Q of ($a, $b*) [at x | in (x..y)]</c>.</summary>
internal sealed class StringOfExpr(Quantifier quantifier, int[] strings, BoundExpr? at, BoundExpr? low, BoundExpr? high) : BoundExpr(YaraType.Bool)
{
    /// <summary>False when no string of the set matched: any, all (of a non-empty set), N ≥ 1, N% with N ≥ 1.</summary>
    public bool RequiresAMatch => strings.Length > 0 && quantifier.AtLeastOneConstant;

    public override Value Eval(ScanContext ctx)
    {
        long? required = quantifier.Required(ctx, strings.Length);
        if (required is null)
        {
            return Value.Undefined;
        }

        long lo = 0, hi = long.MaxValue;
        bool ranged = false;
        if (at is not null)
        {
            Value o = at.Eval(ctx);
            if (o.Kind != ValueKind.Int)
            {
                return Value.Undefined;
            }

            lo = hi = o.I;
            ranged = true;
        }
        else if (low is not null && high is not null)
        {
            Value l = low.Eval(ctx), h = high.Eval(ctx);
            if (l.Kind != ValueKind.Int || h.Kind != ValueKind.Int)
            {
                return Value.Undefined;
            }

            (lo, hi, ranged) = (l.I, h.I, true);
        }

        long count = 0;
        int[] counts = ctx.Counts;
        foreach (int s in strings)
        {
            if (counts[s] > 0 && (!ranged || StringFoundExpr.HasMatchIn(ctx.Matches[s], lo, hi)))
            {
                count++;
            }
        }

        return Value.Bool(Quantifier.Satisfied(required.Value, count, quantifier.Kind));
    }
}

/// <summary><c>Q of (rule1, prefix*)</c>.</summary>
internal sealed class RuleOfExpr(Quantifier quantifier, int[] rules) : BoundExpr(YaraType.Bool)
{
    public override Value Eval(ScanContext ctx)
    {
        long? required = quantifier.Required(ctx, rules.Length);
        if (required is null)
        {
            return Value.Undefined;
        }

        long count = 0;
        foreach (int r in rules)
        {
            if (ctx.RuleResults[r])
            {
                count++;
            }
        }

        return Value.Bool(Quantifier.Satisfied(required.Value, count, quantifier.Kind));
    }
}

/// <summary><c>for Q of set : (body)</c>: the body sees each string as <c>$</c>.</summary>
internal sealed class ForOfExpr(Quantifier quantifier, int[] strings, BoundExpr body) : BoundExpr(YaraType.Bool)
{
    public BoundExpr Body => body;

    /// <summary>With a body that is false for unmatched strings, "any"/"all"/N ≥ 1 is false when nothing matched.</summary>
    public bool RequiresAMatch => strings.Length > 0 && quantifier.AtLeastOneConstant;

    public override Value Eval(ScanContext ctx)
    {
        long? required = quantifier.Required(ctx, strings.Length);
        if (required is null)
        {
            return Value.Undefined;
        }

        int saved = ctx.CurrentString;
        long count = 0;
        try
        {
            foreach (int s in strings)
            {
                ctx.CurrentString = s;
                if (body.Eval(ctx).IsTrue)
                {
                    count++;
                }
            }
        }
        finally
        {
            ctx.CurrentString = saved;
        }

        return Value.Bool(Quantifier.Satisfied(required.Value, count, quantifier.Kind));
    }
}
