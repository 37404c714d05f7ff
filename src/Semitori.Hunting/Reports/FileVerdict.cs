using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Reports;

/// <summary>
/// Everything found in one file. The file's score is the sum of its findings' sub-scores, as
/// Loki and THOR add them (negative IOC scores lower it), and its level follows from that sum.
/// </summary>
public sealed record FileVerdict(string Path, long Length, string Sha256, int Score, FindingLevel Level, IReadOnlyList<Finding> Findings);
