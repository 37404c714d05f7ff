using Semitori.Intel.Knowledge;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// Writes a <see cref="ScanReport"/> as one self-contained HTML page for people who do not read JSON:
/// a verdict banner, the summary, the findings with their evidence, the ATT&amp;CK techniques seen,
/// the profile of the actor(s) the findings point to, and the sources. The page has inline CSS only,
/// no script and no external resource (a Content-Security-Policy says so to the browser too), so it
/// opens offline and prints. The same report and knowledge base always give the same bytes.
/// </summary>
public static class HtmlReportWriter
{
    // default-src 'none' forbids scripts, frames, fonts and fetches even if some value escaped encoding.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public static void Write(ScanReport report, KnowledgeBase kb, TextWriter output) =>
        Write(report, kb, output, HtmlReportOptions.Default);

    public static void Write(ScanReport report, KnowledgeBase kb, TextWriter output, HtmlReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        ReportDigest digest = ReportDigest.Build(report, kb);
        var html = new HtmlMarkup(output);
        html.Line("<!DOCTYPE html>");
        html.Line("<html lang=\"en\">");
        html.Line("<head>");
        html.Line("<meta charset=\"utf-8\">");
        html.Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        html.Line("<meta name=\"referrer\" content=\"no-referrer\">");
        html.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Line("<meta name=\"generator\" content=\"Semitori\">");
        html.Raw("<title>");
        html.Text($"{options.Title} — {VerdictBanner.Headline(digest.Verdict)} — {report.Started.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}");
        html.Line("</title>");
        html.Raw("<style>\n");
        html.Raw(HtmlStyle.Css);
        html.Line("</style>");
        html.Line("</head>");
        html.Line("<body>");
        VerdictBanner.Write(html, digest, options);
        html.Line("<main>");
        SummarySection.Write(html, digest, options);
        FindingsSection.Write(html, digest, options);
        AttackSection.Write(html, digest, options);
        ActorSection.Write(html, digest, options);
        SourcesSection.Write(html, digest, options);
        ErrorsSection.Write(html, digest, options);
        html.Raw("<footer><p>");
        html.Text("Written by Semitori. Rule authors are credited as the rules' licences require (third-party rules are read at run time, not shipped). " +
                  "Actor knowledge comes from public reporting; attribution statements are those of the cited sources.");
        html.Line("</p></footer>");
        html.Line("</main>");
        html.Line("</body>");
        html.Line("</html>");
    }

    /// <summary>The page as a string, for callers that hold it in memory.</summary>
    public static string ToHtml(ScanReport report, KnowledgeBase kb, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(report, kb, writer, options ?? HtmlReportOptions.Default);
        return writer.ToString();
    }
}
