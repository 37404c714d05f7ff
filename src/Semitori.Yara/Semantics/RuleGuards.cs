namespace Semitori.Yara.Semantics;

/// <summary>
/// The conjuncts of a rule's condition that read only the bytes, filesize and externals
/// (<c>uint16(0) == 0x5a4d</c>, <c>filesize &lt; 200KB</c>). The scanner evaluates them before
/// the string search: a rule with a guard that is not true cannot match (an undefined operand of
/// <c>and</c> counts as false), so its strings are not verified and its condition not evaluated.
/// </summary>
internal static class RuleGuards
{
    /// <summary>Guards kept per rule: the first ones written are usually the magic and size checks.</summary>
    public const int MaxGuardsPerRule = 2;

    public static BoundExpr[] Of(BoundExpr condition)
    {
        var guards = new List<BoundExpr>();
        Collect(condition, guards);
        return [.. guards];
    }

    private static void Collect(BoundExpr e, List<BoundExpr> guards)
    {
        if (guards.Count >= MaxGuardsPerRule)
        {
            return;
        }

        if (e is AndExpr and)
        {
            Collect(and.Left, guards);
            Collect(and.Right, guards);
        }
        else if (e.ReadsDataOnly && !e.IsConstant && e is not ConstantExpr)
        {
            guards.Add(e);
        }
    }
}
