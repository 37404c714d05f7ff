namespace Semitori.Hunting.Findings;

/// <summary>
/// One explained finding: which file, which rule (and its author, as the Detection Rule
/// License asks), why (matched strings), how bad (score, level), and what it points to
/// (ATT&amp;CK ids, actor, references). <paramref name="Details"/> carries structured results of an
/// analyzer (an extracted configuration, a version, the protections seen), null when there are none.
/// </summary>
public sealed record Finding(
    string Path,
    string Source,
    string Rule,
    int Score,
    FindingLevel Level,
    string Author,
    string Description,
    IReadOnlyList<string> Attack,
    string Actor,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Evidence,
    IReadOnlyDictionary<string, string>? Details = null)
{
    public static FindingLevel LevelOf(int score) => score switch
    {
        >= 75 => FindingLevel.Alert,
        >= 60 => FindingLevel.Warning,
        >= 40 => FindingLevel.Notice,
        _ => FindingLevel.Info,
    };
}
