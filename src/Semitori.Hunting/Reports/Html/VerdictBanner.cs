using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// The coloured block at the top of the page: the verdict in one line, then the counts that back it.
/// A scan with unreadable files says so here, because "no findings" over files that were never read
/// is not a clean bill of health.
/// </summary>
internal static class VerdictBanner
{
    public static string Headline(FindingLevel verdict) => verdict switch
    {
        FindingLevel.Alert => "Findings at alert level",
        FindingLevel.Warning => "Findings at warning level",
        _ => "No findings at warning level or above",
    };

    private static string JapaneseHeadline(FindingLevel verdict) => verdict switch
    {
        FindingLevel.Alert => "アラートレベルの検知あり",
        FindingLevel.Warning => "警告レベルの検知あり",
        _ => "警告レベル以上の検知なし",
    };

    public static void Write(HtmlMarkup html, ReportDigest digest, HtmlReportOptions options)
    {
        FindingLevel verdict = digest.Verdict;
        string key = verdict >= FindingLevel.Warning ? LevelStyle.Key(verdict) : "clean";
        html.Raw($"<header class=\"verdict verdict-{key}\" id=\"verdict\">\n<h1>");
        html.Text(Headline(verdict));
        html.Raw("</h1>\n");
        if (options.JapaneseLabels)
        {
            html.Raw("<p lang=\"ja\">");
            html.Text(JapaneseHeadline(verdict));
            html.Raw("</p>\n");
        }

        ScanReport report = digest.Report;
        var counts = new[] { FindingLevel.Alert, FindingLevel.Warning, FindingLevel.Notice }
            .Select(l => (Level: l, Files: report.Files.Count(f => f.Level == l)))
            .Where(x => x.Files > 0)
            .Select(x => $"{Plural(x.Files, "file")} at {LevelStyle.Key(x.Level)} level");
        string line = report.Files.Count == 0
            ? $"No findings in {Plural(report.Totals.Files, "file")} scanned."
            : $"{string.Join(", ", counts.DefaultIfEmpty($"{Plural(report.Files.Count, "file")} below notice level"))}; {Plural(digest.Findings.Count, "finding")} in {Plural(report.Totals.Files, "file")} scanned.";
        html.Element("p", null, line);
        long errors = Math.Max(report.Totals.Errors, report.Errors.Count);
        if (errors > 0)
        {
            html.Element("p", null, $"{Plural(errors, "file")} could not be scanned{(report.Errors.Count > 0 ? " (see Scan errors)" : "")}.");
        }

        html.Raw("</header>\n");
    }

    public static string Plural(long count, string noun) =>
        $"{count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
