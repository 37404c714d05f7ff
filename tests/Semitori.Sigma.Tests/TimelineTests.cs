using Semitori.Sigma.Engine;
using Semitori.Sigma.Model;
using Semitori.Sigma.Timeline;

namespace Semitori.Sigma.Tests;

/// <summary>
/// The hunt behind <c>semitori logs</c>: filters, parallel chunks, and the three output views.
/// The built-in pack raises nothing on system.evtx (see <see cref="CicadaPackTests"/>), so two
/// generic rules written here find its two log clears (104) and its service installed from a
/// temporary folder (7045).
/// </summary>
public class TimelineTests
{
    private const string GenericRules = """
        title: Test Event Log Cleared
        id: 00000000-0000-0000-0000-00000000b001
        author: Test Author
        tags:
            - attack.defense-evasion
            - attack.t1070.001
        logsource:
            product: windows
            service: system
        detection:
            selection:
                EventID: 104
                Provider_Name: 'Microsoft-Windows-Eventlog'
            condition: selection
        level: high
        ---
        title: Test Service From Temp
        id: 00000000-0000-0000-0000-00000000b002
        author: Test Author
        tags:
            - attack.persistence
            - attack.t1543.003
        logsource:
            product: windows
            service: system
        detection:
            selection:
                EventID: 7045
                ImagePath|contains: '\AppData\Local\Temp\'
            condition: selection
        level: medium
        """;

    private static readonly SigmaRuleSet Rules = new SigmaRuleSetBuilder().AddBuiltInPack().AddText("generic.yml", GenericRules).Build();

    private static string SystemLog => Path.Combine(SharedData.Samples, "system.evtx");

    private static LogHuntResult Hunt(LogHuntOptions? options = null) => new LogHunter(Rules, options).Run([SystemLog]);

    [SharedDataFact]
    public void Parallel_chunks_give_the_same_timeline_as_one_thread()
    {
        // Multi-chunk files, one of them damaged (sysmon.evtx), so anomalies are merged too.
        string[] files = ["security.evtx", "sysmon.evtx", "system.evtx"];
        files = files.Select(f => Path.Combine(SharedData.Samples, f)).ToArray();
        LogHuntResult one = new LogHunter(Rules, new LogHuntOptions { MaxDegreeOfParallelism = 1 }).Run(files);
        LogHuntResult four = new LogHunter(Rules, new LogHuntOptions { MaxDegreeOfParallelism = 4 }).Run(files);
        var a = new StringWriter();
        var b = new StringWriter();
        TimelineWriter.WriteJsonLines(one, a);
        TimelineWriter.WriteJsonLines(four, b);
        Assert.Equal(3, one.Entries.Count);
        Assert.Equal(a.ToString(), b.ToString());
        Assert.Equal(one.Records, four.Records);
        Assert.Equal(one.Evaluations, four.Evaluations);
        Assert.Equal(one.Problems, four.Problems);
        Assert.NotEmpty(one.Problems);
    }

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
        Assert.Equal(3, table.ToString().Split('\n').Count(l => l.Contains("Test Author", StringComparison.Ordinal)));
        string[] lines = jsonl.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Contains("\"rule_author\":\"Test Author\"", l, StringComparison.Ordinal));
        Assert.Contains("\"attack\":[\"T1070.001\"]", lines[1], StringComparison.Ordinal);
        string[] rows = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("time,computer,level,rule,rule_id,rule_author,", rows[0], StringComparison.Ordinal);
        Assert.Equal(4, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.Contains(",Test Author,", r, StringComparison.Ordinal));
    }
}
