namespace Semitori.Hunting.Reports;

/// <summary>Counts of one scan, for summaries.</summary>
public sealed record ScanTotals(
    long Files,
    long Bytes,
    long Skipped,
    long Errors,
    int Findings,
    int Alerts,
    int Warnings,
    int Notices,
    double Seconds);
