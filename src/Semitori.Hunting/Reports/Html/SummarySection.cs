using System.Globalization;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Reports.Html;

/// <summary>What was scanned, with which rules, when, and the counts by level.</summary>
internal static class SummarySection
{
    public static void Write(HtmlMarkup html, ReportDigest digest, HtmlReportOptions options)
    {
        ScanReport report = digest.Report;
        html.Raw("<section>\n");
        SectionHeading.Write(html, options, "summary", "Summary", "概要");
        html.Raw("<table class=\"summary\">\n");
        Row(html, "Scanned", () => List(html, report.Targets));
        Row(html, "Rules", () => List(html, report.RuleSets));
        Row(html, "Started", () => html.Text(Time(report.Started)));
        Row(html, "Finished", () => html.Text($"{Time(report.Finished)} ({report.Totals.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s)"));
        Row(html, "Files scanned", () => html.Text($"{N(report.Totals.Files)} ({N(report.Totals.Bytes)} bytes); {N(report.Totals.Skipped)} skipped; {N(report.Totals.Errors)} errors"));
        Row(html, "Findings", () => html.Text($"{N(digest.Findings.Count)} in {N(report.Files.Count)} files"));
        html.Raw("</table>\n");

        html.Raw("<table class=\"levels\">\n<thead><tr><th>Level</th><th>Score</th><th class=\"num\">Files</th><th class=\"num\">Findings</th></tr></thead>\n<tbody>\n");
        foreach ((FindingLevel level, string range) in new[] { (FindingLevel.Alert, "75–100"), (FindingLevel.Warning, "60–74"), (FindingLevel.Notice, "40–59"), (FindingLevel.Info, "below 40") })
        {
            html.Raw("<tr><td>");
            LevelStyle.Badge(html, level);
            if (options.JapaneseLabels)
            {
                html.Raw(" <span class=\"ja\" lang=\"ja\">");
                html.Text(LevelStyle.Japanese(level));
                html.Raw("</span>");
            }

            html.Raw("</td>");
            html.Element("td", null, range);
            html.Element("td", "num", N(report.Files.Count(f => f.Level == level)));
            html.Element("td", "num", N(digest.Findings.Count(f => f.Level == level)));
            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
        html.Raw("<nav><p>");
        html.LocalLink("findings", "Findings");
        html.Raw(" · ");
        html.LocalLink("attack", "ATT&CK techniques");
        html.Raw(" · ");
        html.LocalLink("actors", "Actor profile");
        html.Raw(" · ");
        html.LocalLink("sources", "Sources");
        if (report.Errors.Count > 0)
        {
            html.Raw(" · ");
            html.LocalLink("errors", "Scan errors");
        }

        html.Raw("</p></nav>\n</section>\n");
    }

    private static void Row(HtmlMarkup html, string label, Action value)
    {
        html.Raw("<tr>");
        html.Element("th", null, label);
        html.Raw("<td>");
        value();
        html.Raw("</td></tr>\n");
    }

    private static void List(HtmlMarkup html, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            html.Element("span", "muted", "none given");
            return;
        }

        html.Raw("<ul class=\"plain\">");
        foreach (string item in items.Take(HtmlReportLimits.MaxListed))
        {
            html.Raw("<li><code class=\"path\">");
            html.Text(item);
            html.Raw("</code></li>");
        }

        if (items.Count > HtmlReportLimits.MaxListed)
        {
            html.Element("li", "muted", $"… and {N(items.Count - HtmlReportLimits.MaxListed)} more");
        }

        html.Raw("</ul>");
    }

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
