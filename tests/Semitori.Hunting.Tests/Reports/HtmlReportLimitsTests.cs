using System.Text.RegularExpressions;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;
using Semitori.Hunting.Reports.Html;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>Oversized reports give a bounded page that says what it left out.</summary>
public sealed class HtmlReportLimitsTests
{
    [Fact]
    public void Files_findings_and_evidence_past_the_caps_are_counted_not_written()
    {
        int extraFiles = 3, extraLines = 10;
        var evidence = Enumerable.Range(0, HtmlReportLimits.MaxLinesPerFinding + extraLines).Select(i => $"$s{i} at 0x{i:x}: x").ToList();
        var details = Enumerable.Range(0, HtmlReportLimits.MaxLinesPerFinding + 1).ToDictionary(i => $"k{i}", i => "v");
        var files = Enumerable.Range(0, HtmlReportLimits.MaxFiles + extraFiles).Select(i =>
        {
            string path = $"/data/f{i}.bin";
            int findings = i == 0 ? HtmlReportLimits.MaxFindingsPerFile + 2 : 1;
            // Only the first file carries the long lists; the rest are there to pass the file cap.
            var list = Enumerable.Range(0, findings).Select(_ =>
                new Finding(path, "built-in", "R", 80, FindingLevel.Alert, "Semitori", "", [], "", [], i == 0 ? evidence : [], i == 0 ? details : null)).ToList();
            return new FileVerdict(path, 1, new string('f', 64), 80, FindingLevel.Alert, list);
        }).ToList();
        ScanReport report = ReportSamples.Clean() with { Files = files };

        string html = HtmlReportWriter.ToHtml(report, ReportSamples.Knowledge);
        Assert.Equal(HtmlReportLimits.MaxFiles, Regex.Count(html, "<article class=\"file "));
        Assert.Contains($"… {extraFiles} more files not shown", html, StringComparison.Ordinal);
        Assert.Contains("… 2 more findings not shown", html, StringComparison.Ordinal);
        Assert.Contains($"… {extraLines} more evidence lines not shown", html, StringComparison.Ordinal);
        Assert.Contains("… 1 more details not shown", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"$s{HtmlReportLimits.MaxLinesPerFinding} at", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/data/f{HtmlReportLimits.MaxFiles}.bin", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_value_is_cut_where_it_is_written()
    {
        string path = "/data/" + new string('p', 50_000);
        var finding = new Finding(path, "built-in", "R", 80, FindingLevel.Alert, "Semitori", new string('d', 20_000), [], "", [], []);
        ScanReport report = ReportSamples.Clean() with { Files = [new FileVerdict(path, 1, new string('f', 64), 80, FindingLevel.Alert, [finding])] };
        string html = HtmlReportWriter.ToHtml(report, ReportSamples.Knowledge);
        Assert.Contains("(45,910 more characters)", html, StringComparison.Ordinal);
        Assert.Contains("(15,904 more characters)", html, StringComparison.Ordinal);
        Assert.True(html.Length < 100_000, $"page of {html.Length} characters");
    }
}
