using Semitori.Formats.Tests.Evtx;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Analyzers.EventLogs;
using Semitori.Hunting.Findings;
using Semitori.Sigma.Model;

namespace Semitori.Hunting.Tests.Analyzers.EventLogs;

/// <summary>Event logs met in a file sweep are hunted with the Cicada Sigma pack; other files and archive members are left alone.</summary>
public sealed class EventLogAnalyzerTests
{
    private static readonly EventLogAnalyzer Analyzer = new();

    [Fact]
    public void A_sigma_positive_sample_of_a_cicada_technique_gives_an_explained_finding()
    {
        string path = Directory.GetFiles(Path.Combine(SharedData.RegressionData, "rules", "windows", "process_creation", "proc_creation_win_pua_adfind_susp_usage"), "*.evtx").Single();
        Finding f = Assert.Single(Analyzer.Analyze(Subject(path)));
        Assert.Equal("sigma:cicada", f.Source);
        Assert.Equal("G0045", f.Actor); // resolved to the canonical name by the sweep's attribution
        Assert.Contains("T1087.002", f.Attack);
        Assert.Equal("1", f.Details!["events"]);
        Assert.Contains("AdFind", f.Evidence[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(FindingLevel.Alert, f.Level);
    }

    [Fact]
    public void Non_evtx_files_and_archive_members_are_skipped()
    {
        Assert.Empty(Analyzer.Analyze(new FileSubject("/nowhere/a.txt", "not a log"u8.ToArray())));
        string path = Directory.GetFiles(SharedData.Samples, "security.evtx").Single();
        Assert.Empty(Analyzer.Analyze(new FileSubject(path + ".zip!security.evtx", File.ReadAllBytes(path))));
    }

    [Theory]
    [InlineData(SigmaLevel.Critical, FindingLevel.Alert)]
    [InlineData(SigmaLevel.High, FindingLevel.Alert)]
    [InlineData(SigmaLevel.Medium, FindingLevel.Warning)]
    [InlineData(SigmaLevel.Low, FindingLevel.Notice)]
    [InlineData(SigmaLevel.Informational, FindingLevel.Info)]
    public void Sigma_levels_map_onto_finding_levels(SigmaLevel level, FindingLevel expected) =>
        Assert.Equal(expected, Finding.LevelOf(EventLogAnalyzer.ScoreOf(level)));

    private static FileSubject Subject(string path) => new(path, File.ReadAllBytes(path));
}
