using System.Globalization;

namespace Semitori.Hunting.Reports.Html;

/// <summary>The ATT&amp;CK ids the findings cite, with names from the knowledge base and their attack.mitre.org pages.</summary>
internal static class AttackSection
{
    public static void Write(HtmlMarkup html, ReportDigest digest, HtmlReportOptions options)
    {
        html.Raw("<section>\n");
        SectionHeading.Write(html, options, "attack", "ATT&CK techniques seen", "観測された攻撃手法");
        if (digest.Attack.Count == 0)
        {
            html.Element("p", "muted", "The findings cite no ATT&CK technique.");
            html.Raw("</section>\n");
            return;
        }

        html.Raw("<table class=\"attack\">\n<thead><tr><th>ID</th><th>Name</th><th>Kind</th><th class=\"num\">Findings</th><th class=\"num\">Files</th></tr></thead>\n<tbody>\n");
        foreach (AttackEntry entry in digest.Attack)
        {
            html.Open("tr", id: ReportDigest.AttackAnchor(entry.Id));
            html.Raw("<td>");
            if (entry.Url is null)
            {
                html.Element("code", null, entry.Id);
            }
            else
            {
                html.Link(entry.Url, entry.Id);
            }

            html.Raw("</td><td>");
            if (entry.Name is not null)
            {
                html.Element("span", "technique-name", entry.Name);
            }

            if (entry.Note is not null)
            {
                html.Element("span", "muted", entry.Name is null ? entry.Note : $" ({entry.Note})");
            }

            html.Raw("</td>");
            html.Element("td", null, entry.Kind);
            html.Element("td", "num", entry.Findings.ToString(CultureInfo.InvariantCulture));
            html.Element("td", "num", entry.Files.ToString(CultureInfo.InvariantCulture));
            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
        if (digest.AttackIdsOmitted > 0)
        {
            html.Element("p", "muted", $"… {digest.AttackIdsOmitted.ToString("N0", CultureInfo.InvariantCulture)} more ids not shown.");
        }

        html.Element("p", "refs", "Names from the built-in knowledge pack (ATT&CK v18); each id links to its page on attack.mitre.org.");
        html.Raw("</section>\n");
    }
}
