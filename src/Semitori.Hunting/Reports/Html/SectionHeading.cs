namespace Semitori.Hunting.Reports.Html;

/// <summary>Writes a section title with its anchor and, when asked, its Japanese label.</summary>
internal static class SectionHeading
{
    public static void Write(HtmlMarkup html, HtmlReportOptions options, string id, string english, string japanese)
    {
        html.Open("h2", id: id);
        html.Text(english);
        if (options.JapaneseLabels)
        {
            html.Raw("<span class=\"ja\" lang=\"ja\">");
            html.Text(japanese);
            html.Raw("</span>");
        }

        html.Close("h2");
        html.Raw("\n");
    }
}
