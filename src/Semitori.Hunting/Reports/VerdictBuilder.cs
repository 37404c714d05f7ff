using System.Security.Cryptography;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Reports;

/// <summary>
/// Adds a file's findings into one verdict, as Loki and THOR do: the file's score is the sum of
/// the sub-scores (so two notices make a warning, and a negative IOC score lowers the total),
/// clamped to 0..1000 so that a file matching hundreds of rules stays comparable.
/// </summary>
public static class VerdictBuilder
{
    public const int MaxScore = 1000;

    public static FileVerdict Build(string path, ReadOnlySpan<byte> data, IReadOnlyList<Finding> findings)
    {
        int sum = (int)Math.Clamp(findings.Sum(f => (long)f.Score), 0L, MaxScore);
        var ordered = findings.OrderByDescending(f => f.Score).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
        return new FileVerdict(path, data.Length, Convert.ToHexStringLower(SHA256.HashData(data)), sum, Finding.LevelOf(sum), ordered);
    }
}
