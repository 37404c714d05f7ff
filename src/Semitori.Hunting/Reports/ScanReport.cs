namespace Semitori.Hunting.Reports;

/// <summary>
/// The result of one <c>semitori scan</c>, the model every renderer (table, JSON, CSV, HTML)
/// reads. <see cref="Files"/> holds only files with at least one finding, highest score first.
/// <see cref="RuleSets"/> names what was run ("built-in Cicada pack: 12 YARA rules", "--rules …: 5,900 rules").
/// </summary>
public sealed record ScanReport(
    DateTimeOffset Started,
    DateTimeOffset Finished,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> RuleSets,
    ScanTotals Totals,
    IReadOnlyList<FileVerdict> Files,
    IReadOnlyList<string> Errors);
