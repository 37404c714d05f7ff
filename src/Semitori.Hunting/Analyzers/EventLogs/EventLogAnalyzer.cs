using System.Globalization;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Sigma.Engine;
using Semitori.Sigma.Model;
using Semitori.Sigma.Timeline;

namespace Semitori.Hunting.Analyzers.EventLogs;

/// <summary>
/// Runs the built-in Cicada Sigma pack over Windows event logs met during a file sweep, so that one
/// <c>semitori scan</c> of a collected disk covers the hands-on-keyboard traces too. One finding per
/// rule that fired, with the number of events, the first and last time and a few example events.
/// For timelines, filters and third-party Sigma rules use <c>semitori logs</c>. EVTX files inside
/// archives are not hunted (the reader works on files on disk).
/// </summary>
public sealed class EventLogAnalyzer : IFileAnalyzer
{
    /// <summary>Example events listed per finding.</summary>
    public const int MaxExamples = 5;

    private static readonly Lazy<SigmaRuleSet> Rules = new(() => new SigmaRuleSetBuilder().AddBuiltInPack().Build());

    public string Name => "evtx-sigma";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        if (!file.Data.Span.StartsWith("ElfFile\0"u8) || file.Path.Contains('!', StringComparison.Ordinal) || !File.Exists(file.Path))
        {
            return [];
        }

        LogHuntResult result = new LogHunter(Rules.Value).Run([file.Path]);
        return result.Entries.GroupBy(e => e.Rule).Select(g => ToFinding(file.Path, g.Key, g.OrderBy(e => e.Time).ToList())).ToList();
    }

    /// <summary>Sigma levels as Loki-style scores (high is an alert, as Hayabusa treats it).</summary>
    public static int ScoreOf(SigmaLevel level) => level switch
    {
        SigmaLevel.Critical => 90,
        SigmaLevel.High => 75,
        SigmaLevel.Medium => 60,
        SigmaLevel.Low => 40,
        _ => 20,
    };

    private static Finding ToFinding(string path, SigmaRule rule, List<TimelineEntry> events)
    {
        int score = ScoreOf(rule.Level);
        int count = events.Sum(e => e.EventCount);
        var evidence = events.Take(MaxExamples).Select(Describe).ToList();
        if (events.Count > MaxExamples)
        {
            evidence.Add($"… {events.Count - MaxExamples} more");
        }

        string actor = rule.Tags.FirstOrDefault(t => t.StartsWith("attack.g", StringComparison.OrdinalIgnoreCase)) is { } group
            ? group["attack.".Length..].ToUpperInvariant()
            : string.Empty;
        var details = new Dictionary<string, string>
        {
            ["events"] = count.ToString(CultureInfo.InvariantCulture),
            ["first"] = Time(events[0].Time),
            ["last"] = Time(events[^1].Time),
            ["sigma_id"] = rule.Id ?? string.Empty,
        };
        return new Finding(path, "sigma:cicada", rule.Title, score, Finding.LevelOf(score), rule.Author ?? string.Empty, rule.Description ?? string.Empty,
            rule.AttackIds.ToList(), actor, rule.References, evidence, details);
    }

    private static string Describe(TimelineEntry e) =>
        $"{Time(e.Time)} {e.Computer} {e.Channel}/{e.EventId} record {e.RecordId}: "
        + string.Join("; ", e.KeyFields.Take(4).Select(kv => $"{kv.Key}={Truncate(kv.Value)}"));

    private static string Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";

    private static string Truncate(string value) => value.Length <= 160 ? value : value[..160] + "…";
}
