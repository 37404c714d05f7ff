namespace Semitori.Yara;

/// <summary>The outcome of scanning one target: reported rules, and whether the scan finished.</summary>
public sealed record ScanResult(IReadOnlyList<RuleMatch> Rules, bool TimedOut, IReadOnlyList<string> Warnings)
{
    public IEnumerable<RuleMatch> Matching => Rules.Where(r => r.Matched);
}
