using System.Globalization;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// The files with findings: an overview table, then one block per file with every finding's rule,
/// source, author (third-party rule licences such as the DRL require the credit), description,
/// ATT&amp;CK ids, actor, evidence, analyzer details and references.
/// </summary>
internal static class FindingsSection
{
    public static void Write(HtmlMarkup html, ReportDigest digest, HtmlReportOptions options)
    {
        IReadOnlyList<FileVerdict> files = digest.Report.Files;
        html.Raw("<section>\n");
        SectionHeading.Write(html, options, "findings", "Findings", "検知結果");
        if (files.Count == 0)
        {
            html.Element("p", "muted", "No file had a finding.");
            html.Raw("</section>\n");
            return;
        }

        html.Raw("<table class=\"files\">\n<thead><tr><th>Level</th><th class=\"num\">Score</th><th>File</th><th class=\"num\">Findings</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < Math.Min(files.Count, HtmlReportLimits.MaxFiles); i++)
        {
            html.Raw("<tr><td>");
            LevelStyle.Badge(html, files[i].Level);
            html.Raw("</td>");
            html.Element("td", "num", files[i].Score.ToString(CultureInfo.InvariantCulture));
            html.Raw("<td class=\"path\">");
            html.LocalLink(ReportDigest.FileAnchor(i + 1), files[i].Path);
            html.Raw("</td>");
            html.Element("td", "num", files[i].Findings.Count.ToString(CultureInfo.InvariantCulture));
            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
        Omitted(html, files.Count - HtmlReportLimits.MaxFiles, "files");

        for (int i = 0; i < Math.Min(files.Count, HtmlReportLimits.MaxFiles); i++)
        {
            WriteFile(html, files[i], i + 1);
        }

        html.Raw("</section>\n");
    }

    private static void WriteFile(HtmlMarkup html, FileVerdict file, int index)
    {
        html.Raw($"<article class=\"file file-{LevelStyle.Key(file.Level)}\" id=\"{ReportDigest.FileAnchor(index)}\">\n<h3>");
        LevelStyle.Badge(html, file.Level);
        html.Raw(" <code class=\"path\">");
        html.Text(file.Path);
        html.Raw("</code></h3>\n<p class=\"muted\">");
        html.Text($"score {file.Score.ToString(CultureInfo.InvariantCulture)} · {file.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes · SHA-256 ");
        html.Element("code", null, file.Sha256);
        html.Raw("</p>\n");
        foreach (Finding finding in file.Findings.Take(HtmlReportLimits.MaxFindingsPerFile))
        {
            WriteFinding(html, finding);
        }

        Omitted(html, file.Findings.Count - HtmlReportLimits.MaxFindingsPerFile, "findings");
        html.Raw("</article>\n");
    }

    private static void WriteFinding(HtmlMarkup html, Finding f)
    {
        html.Raw("<div class=\"finding\">\n<h4>");
        LevelStyle.Badge(html, f.Level);
        html.Raw(" ");
        html.Element("code", "rule", f.Rule);
        html.Element("span", "muted", $" score {f.Score.ToString(CultureInfo.InvariantCulture)}");
        html.Raw("</h4>\n<dl>\n");
        Definition(html, "Source", () => html.Text(f.Source));
        Definition(html, "Author", () =>
        {
            if (f.Author.Trim().Length > 0)
            {
                html.Element("span", "author", f.Author);
            }
            else
            {
                html.Element("span", "muted", "not stated by the rule");
            }
        });
        if (f.Description.Length > 0)
        {
            Definition(html, "Description", () => html.Text(f.Description));
        }

        if (f.Attack.Count > 0)
        {
            Definition(html, "ATT&CK", () => AttackIds(html, f.Attack));
        }

        if (f.Actor.Length > 0)
        {
            Definition(html, "Actor", () => html.Text(f.Actor));
        }

        if (f.Evidence.Count > 0)
        {
            Definition(html, "Evidence", () => Evidence(html, f.Evidence));
        }

        if (f.Details is { Count: > 0 } details)
        {
            Definition(html, "Details", () => Details(html, details));
        }

        if (f.References.Count > 0)
        {
            Definition(html, "References", () =>
            {
                html.Raw("<ul class=\"plain\">");
                foreach (string reference in f.References.Take(HtmlReportLimits.MaxLinesPerFinding))
                {
                    html.Raw("<li>");
                    html.Link(reference.Trim());
                    html.Raw("</li>");
                }

                html.Raw("</ul>");
            });
        }

        html.Raw("</dl>\n</div>\n");
    }

    private static void Definition(HtmlMarkup html, string label, Action body)
    {
        html.Element("dt", null, label);
        html.Raw("<dd>");
        body();
        html.Raw("</dd>\n");
    }

    // Each id links to its row in the ATT&CK section, where the name and the attack.mitre.org page are.
    private static void AttackIds(HtmlMarkup html, IReadOnlyList<string> ids)
    {
        bool first = true;
        foreach (string id in ids.Where(a => a.Trim().Length > 0).Take(HtmlReportLimits.MaxLinesPerFinding))
        {
            html.Raw(first ? "" : ", ");
            first = false;
            html.LocalLink(ReportDigest.AttackAnchor(id), id.Trim());
        }
    }

    private static void Evidence(HtmlMarkup html, IReadOnlyList<string> evidence)
    {
        html.Raw("<ul class=\"evidence\">");
        foreach (string line in evidence.Take(HtmlReportLimits.MaxLinesPerFinding))
        {
            html.Raw("<li><code>");
            html.Text(line);
            html.Raw("</code></li>");
        }

        html.Raw("</ul>");
        Omitted(html, evidence.Count - HtmlReportLimits.MaxLinesPerFinding, "evidence lines");
    }

    // Analyzer results (an extracted configuration) in the analyzer's own key order.
    private static void Details(HtmlMarkup html, IReadOnlyDictionary<string, string> details)
    {
        html.Raw("<table class=\"details\">");
        foreach (KeyValuePair<string, string> pair in details.Take(HtmlReportLimits.MaxLinesPerFinding))
        {
            html.Raw("<tr>");
            html.Element("td", null, pair.Key);
            html.Raw("<td><code>");
            html.Text(pair.Value);
            html.Raw("</code></td></tr>");
        }

        html.Raw("</table>");
        Omitted(html, details.Count - HtmlReportLimits.MaxLinesPerFinding, "details");
    }

    private static void Omitted(HtmlMarkup html, int count, string what)
    {
        if (count > 0)
        {
            html.Element("p", "muted", $"… {count.ToString("N0", CultureInfo.InvariantCulture)} more {what} not shown (see the JSON output).");
        }
    }
}
