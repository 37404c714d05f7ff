namespace Semitori.Hunting.Findings;

/// <summary>
/// One explained finding: which file, which rule (and its author, as the Detection Rule
/// License asks), why (matched strings), how bad (score, level), and what it points to
/// (ATT&amp;CK ids, actor, references).
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
    IReadOnlyList<string> Evidence)
{
    public static FindingLevel LevelOf(int score) => score switch
    {
        >= 75 => FindingLevel.Alert,
        >= 60 => FindingLevel.Warning,
        >= 40 => FindingLevel.Notice,
        _ => FindingLevel.Info,
    };
}
