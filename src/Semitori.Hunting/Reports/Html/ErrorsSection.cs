using System.Globalization;

namespace Semitori.Hunting.Reports.Html;

/// <summary>Files or targets the scan could not read; their messages carry paths and are encoded like any other value.</summary>
internal static class ErrorsSection
{
    public static void Write(HtmlMarkup html, ReportDigest digest, HtmlReportOptions options)
    {
        IReadOnlyList<string> errors = digest.Report.Errors;
        if (errors.Count == 0)
        {
            return;
        }

        html.Raw("<section>\n");
        SectionHeading.Write(html, options, "errors", "Scan errors", "スキャンエラー");
        html.Raw("<ul class=\"errors\">\n");
        foreach (string error in errors.Take(HtmlReportLimits.MaxErrors))
        {
            html.Raw("<li><code>");
            html.Text(error);
            html.Raw("</code></li>\n");
        }

        html.Raw("</ul>\n");
        if (errors.Count > HtmlReportLimits.MaxErrors)
        {
            html.Element("p", "muted", $"… {(errors.Count - HtmlReportLimits.MaxErrors).ToString("N0", CultureInfo.InvariantCulture)} more errors not shown.");
        }

        html.Raw("</section>\n");
    }
}
