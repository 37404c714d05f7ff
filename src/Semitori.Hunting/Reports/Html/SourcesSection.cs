using Semitori.Intel.Knowledge;

namespace Semitori.Hunting.Reports.Html;

/// <summary>The public references: those the rules behind the findings give, then those the actor profile cites.</summary>
internal static class SourcesSection
{
    public static void Write(HtmlMarkup html, ReportDigest digest, HtmlReportOptions options)
    {
        html.Raw("<section>\n");
        SectionHeading.Write(html, options, "sources", "Sources", "出典");
        html.Element("h3", null, "Cited by the findings");
        if (digest.References.Count == 0)
        {
            html.Element("p", "muted", "The findings cite no reference.");
        }
        else
        {
            html.Raw("<ol class=\"references\">\n");
            foreach (CitedReference reference in digest.References)
            {
                html.Raw("<li>");
                html.Link(reference.Reference);
                html.Element("span", "muted", $" ({VerdictBanner.Plural(reference.Findings, "finding")})");
                html.Raw("</li>\n");
            }

            html.Raw("</ol>\n");
            if (digest.ReferencesOmitted > 0)
            {
                html.Element("p", "muted", $"… {VerdictBanner.Plural(digest.ReferencesOmitted, "more reference")} not shown.");
            }
        }

        if (digest.ProfileSources.Count > 0)
        {
            html.Element("h3", null, "Cited by the actor profile");
            html.Raw("<ul class=\"plain sources\">\n");
            foreach (SourceRecord source in digest.ProfileSources)
            {
                html.Open("li", id: ReportDigest.SourceAnchor(source.Id));
                html.Element("code", null, $"[{source.Id}]");
                html.Text($" {(source.Publisher is null ? "" : source.Publisher + ": ")}{source.Title}{(source.Published is null ? "" : $" ({source.Published})")} ");
                if (source.Url is not null)
                {
                    html.Link(source.Url);
                }

                html.Raw("</li>\n");
            }

            html.Raw("</ul>\n");
        }

        html.Raw("</section>\n");
    }
}
