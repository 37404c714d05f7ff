using Semitori.Sigma.Engine;
using Semitori.Sigma.Model;
using Semitori.Sigma.Timeline;

namespace Semitori.Sigma.Tests;

/// <summary>The hunt behind <c>semitori logs</c>: filters, and the three output views.</summary>
public class TimelineTests
{
    private static readonly SigmaRuleSet Pack = new SigmaRuleSetBuilder().AddBuiltInPack().Build();

    private static string SystemLog => Path.Combine(SharedData.Samples, "system.evtx");

    private static LogHuntResult Hunt(LogHuntOptions? options = null) => new LogHunter(Pack, options).Run([SystemLog]);

    [SharedDataFact]
    public void Hunt_orders_hits_by_time_and_filters_by_level_tag_and_time()
    {
        LogHuntResult all = Hunt();
        Assert.Equal(3, all.Entries.Count);
        Assert.True(all.Records > 1800);
        Assert.Equal(all.Entries.OrderBy(e => e.Time).Select(e => e.Time), all.Entries.Select(e => e.Time));

        Assert.Equal(2, Hunt(new LogHuntOptions { MinLevel = SigmaLevel.High }).Entries.Count);
        Assert.Single(Hunt(new LogHuntOptions { Tags = ["attack.t1543"] }).Entries);
        Assert.Equal(2, Hunt(new LogHuntOptions { From = new DateTime(2017, 12, 1, 0, 0, 0, DateTimeKind.Utc) }).Entries.Count);
        Assert.Empty(Hunt(new LogHuntOptions { To = new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc) }).Entries);
    }

    [SharedDataFact]
    public void Every_output_format_names_the_rule_author()
    {
        LogHuntResult result = Hunt();
        var table = new StringWriter();
        var jsonl = new StringWriter();
        var csv = new StringWriter();
        TimelineWriter.WriteTable(result, table);
        TimelineWriter.WriteJsonLines(result, jsonl);
        TimelineWriter.WriteCsv(result, csv);

        Assert.Contains("author", table.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, table.ToString().Split('\n').Count(l => l.Contains("Semitori", StringComparison.Ordinal)));
        string[] lines = jsonl.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Contains("\"rule_author\":\"Semitori\"", l, StringComparison.Ordinal));
        Assert.Contains("\"attack\":[\"T1070.001\"]", lines[1], StringComparison.Ordinal);
        string[] rows = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("time,computer,level,rule,rule_id,rule_author,", rows[0], StringComparison.Ordinal);
        Assert.Equal(4, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.Contains(",Semitori,", r, StringComparison.Ordinal));
    }
}
