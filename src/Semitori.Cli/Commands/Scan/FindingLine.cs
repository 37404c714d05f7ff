using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;

namespace Semitori.Cli.Commands.Scan;

/// <summary>
/// One finding with its file's verdict, flattened: a JSON Lines record or CSV row stands on its
/// own (jq and spreadsheets see the file's total score beside each reason).
/// </summary>
internal sealed record FindingLine(
    string Path,
    int FileScore,
    FindingLevel FileLevel,
    string Sha256,
    long Size,
    int Score,
    FindingLevel Level,
    string Rule,
    string Source,
    string Author,
    string Description,
    IReadOnlyList<string> Attack,
    string Actor,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Evidence,
    IReadOnlyDictionary<string, string>? Details)
{
    public static FindingLine Of(FileVerdict v, Finding f) =>
        new(v.Path, v.Score, v.Level, v.Sha256, v.Length, f.Score, f.Level, f.Rule, f.Source, f.Author, f.Description, f.Attack, f.Actor,
            f.References, f.Evidence, f.Details);
}
