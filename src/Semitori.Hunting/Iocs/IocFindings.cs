using System.Globalization;
using System.Text.RegularExpressions;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Builds IOC findings: the rule is the IOC's description without its URLs (the block comment
/// in signature-base, e.g. "FireEye Operation Snowman"), the URLs become references, the
/// list's author is kept as the licence asks, and the list position goes into the details.
/// </summary>
internal static partial class IocFindings
{
    /// <summary>Longest rule name; descriptions can be sentences.</summary>
    public const int MaxRuleLength = 100;

    public static Finding Create(FileSubject file, string source, int score, string description, IocOrigin origin, int line,
        IReadOnlyList<string> evidence, params (string Key, string Value)[] details)
    {
        var references = Url().Matches(description).Select(m => m.Value.TrimEnd('.', ',', ')', ';')).Distinct().ToList();
        string rule = Url().Replace(description, string.Empty).Trim(' ', '-', '–', ':', ',', ';', '(', ')');
        if (rule.Length == 0)
        {
            rule = $"{source}:{Path.GetFileName(origin.Path)}:{line.ToString(CultureInfo.InvariantCulture)}";
        }
        else if (rule.Length > MaxRuleLength)
        {
            rule = rule[..MaxRuleLength] + "…";
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["list"] = origin.Path,
            ["line"] = line.ToString(CultureInfo.InvariantCulture),
        };
        foreach ((string key, string value) in details)
        {
            map[key] = value;
        }

        return new Finding(file.Path, source, rule, score, Finding.LevelOf(score), origin.Author, description, [], origin.Actor, references, evidence, map);
    }

    /// <summary>The first <see cref="IocLimits.MaxFindingsPerFile"/> findings, the last one noting how many were left out.</summary>
    public static IReadOnlyList<Finding> Cap(List<Finding> findings)
    {
        if (findings.Count <= IocLimits.MaxFindingsPerFile)
        {
            return findings;
        }

        int dropped = findings.Count - IocLimits.MaxFindingsPerFile;
        List<Finding> kept = findings.Take(IocLimits.MaxFindingsPerFile).ToList();
        Finding last = kept[^1];
        kept[^1] = last with { Evidence = [.. last.Evidence, $"… {dropped} more IOC matches in this file"] };
        return kept;
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
