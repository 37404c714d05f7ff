using Semitori.Yara.Scanning;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Semantics;

/// <summary>
/// <c>all</c>, <c>any</c>, <c>none</c>, <c>N</c> or <c>N%</c> over a set of a known size. Decides
/// from the number of true items; undefined N makes the whole expression undefined.
/// </summary>
internal sealed class Quantifier(QuantifierKind kind, BoundExpr? expression)
{
    public QuantifierKind Kind { get; } = kind;

    /// <summary>True when the quantifier always needs at least one true item.</summary>
    public bool AtLeastOneConstant => Kind is QuantifierKind.Any or QuantifierKind.All
        || (Kind is QuantifierKind.Expression or QuantifierKind.Percent && expression is ConstantExpr { Value.Kind: ValueKind.Int } c && c.Value.I >= 1);

    /// <summary>Returns the number of true items needed, or null when the quantifier is undefined.</summary>
    public long? Required(ScanContext ctx, int setSize)
    {
        switch (Kind)
        {
            case QuantifierKind.All:
                return setSize;
            case QuantifierKind.Any:
                return 1;
            case QuantifierKind.None:
                return 0;
        }

        Value v = expression!.Eval(ctx);
        if (v.Kind != ValueKind.Int)
        {
            return null;
        }

        if (Kind == QuantifierKind.Percent)
        {
            // libyara: needed = ceil(percent * count / 100).
            return (long)Math.Ceiling(v.I * (double)setSize / 100.0);
        }

        return v.I;
    }

    /// <summary>YARA 4.3+: "none" and "0 of" mean exactly zero; otherwise at least the required count.</summary>
    public static bool Satisfied(long required, long trueCount, QuantifierKind kind) =>
        kind == QuantifierKind.None || required == 0 ? trueCount == 0 : trueCount >= required;
}
