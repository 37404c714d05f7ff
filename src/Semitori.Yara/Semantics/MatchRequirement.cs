namespace Semitori.Yara.Semantics;

/// <summary>
/// Decides at compile time whether a condition is certainly false when none of the rule's
/// strings matched, whatever the file. Such rules (most real ones: "… and 2 of them") need not
/// be evaluated for a file where none of their strings matched, which removes the per-file
/// cost of thousands of conditions. Conservative: anything it cannot prove "may be true".
/// </summary>
internal static class MatchRequirement
{
    public static bool NeedsMatch(BoundExpr e) => e switch
    {
        StringFoundExpr => true,
        StringOfExpr of => of.RequiresAMatch,
        ForOfExpr f => f.RequiresAMatch && NeedsMatch(f.Body),
        AndExpr a => NeedsMatch(a.Left) || NeedsMatch(a.Right),
        OrExpr o => NeedsMatch(o.Left) && NeedsMatch(o.Right),
        CompareExpr c => c.CountAtLeastOne,
        _ => false,
    };
}
