namespace Semitori.Cli.Commands.Analyze;

/// <summary>
/// Everything <c>semitori analyze</c> says about one file. One model, two views: the text report
/// and <c>--json</c> (snake_case, nulls omitted). Sections the file lacks are null.
/// </summary>
internal sealed record AnalysisReport(
    string Path,
    string Type,
    long Size,
    FileHashes Hashes,
    double Entropy,
    PeSummary? Pe,
    DotNetSummary? DotNet,
    IReadOnlyList<AnomalyEntry> Anomalies,
    IReadOnlyList<Semitori.Hunting.Findings.Finding> Findings);

internal sealed record FileHashes(string Md5, string Sha1, string Sha256, string? Imphash, string? RichHash);

internal sealed record AnomalyEntry(string Layer, string Code, string Message, long? Offset);
