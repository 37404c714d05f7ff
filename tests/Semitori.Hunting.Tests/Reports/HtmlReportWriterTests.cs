using System.Text.RegularExpressions;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;
using Semitori.Hunting.Reports.Html;
using Semitori.Intel.Knowledge;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>The HTML report's content: sections, verdicts, credits, technique names, actor profile, sources, determinism.</summary>
public sealed partial class HtmlReportWriterTests
{
    private static readonly KnowledgeBase Kb = ReportSamples.Knowledge;
    private static readonly Lazy<string> Page = new(() => HtmlReportWriter.ToHtml(ReportSamples.WithFindings(), Kb));

    [Fact]
    public void A_report_with_findings_has_every_section()
    {
        string html = Page.Value;
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        foreach (string id in new[] { "verdict", "summary", "findings", "attack", "actors", "sources", "errors" })
        {
            Assert.Contains($" id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<header class=\"verdict verdict-alert\" id=\"verdict\">\n<h1>Findings at alert level</h1>", html, StringComparison.Ordinal);
        // Summary: targets, rule sets, times and the per-level counts of files and findings.
        Assert.Contains("<code class=\"path\">D:\\share</code>", html, StringComparison.Ordinal);
        Assert.Contains("--rules signature-base: 5,900 rules", html, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 09:30:00 UTC+09:00", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-alert\">alert</span> <span class=\"ja\" lang=\"ja\">アラート</span></td><td>75–100</td><td class=\"num\">2</td><td class=\"num\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>40–59</td><td class=\"num\">1</td><td class=\"num\">1</td>", html, StringComparison.Ordinal);
        // One block per file, evidence and analyzer details inside.
        Assert.Equal(4, Regex.Count(html, "<article class=\"file file-"));
        Assert.Contains("<li><code>$key at 0x1f00: 0x3f2a9c</code></li>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>c2</td><td><code>hxxp://update.example[.]test:443</code></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("access denied &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<p>1 file could not be scanned (see Scan errors).</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_clean_report_says_so_and_keeps_its_sections()
    {
        string html = HtmlReportWriter.ToHtml(ReportSamples.Clean(), Kb);
        Assert.Contains("<header class=\"verdict verdict-clean\" id=\"verdict\">\n<h1>No findings at warning level or above</h1>", html, StringComparison.Ordinal);
        Assert.Contains("No findings in 250 files scanned.", html, StringComparison.Ordinal);
        Assert.Contains("No file had a finding.", html, StringComparison.Ordinal);
        Assert.Contains("The findings cite no ATT&amp;CK technique.", html, StringComparison.Ordinal);
        Assert.Contains("The findings name no actor.", html, StringComparison.Ordinal);
        Assert.Contains("The findings cite no reference.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"verdict verdict-alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<article", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"errors\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FindingLevel.Alert, "verdict-alert", "Findings at alert level")]
    [InlineData(FindingLevel.Warning, "verdict-warning", "Findings at warning level")]
    [InlineData(FindingLevel.Notice, "verdict-clean", "No findings at warning level or above")]
    [InlineData(FindingLevel.Info, "verdict-clean", "No findings at warning level or above")]
    [InlineData(null, "verdict-clean", "No findings at warning level or above")]
    public void The_banner_follows_the_most_severe_file(FindingLevel? level, string cssClass, string headline)
    {
        string html = HtmlReportWriter.ToHtml(ReportSamples.WithTopLevel(level), Kb);
        Assert.Contains($"<header class=\"verdict {cssClass}\" id=\"verdict\">\n<h1>{headline}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<title>Semitori scan report — {headline} — 2026-11-20 09:30</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Third_party_authors_are_credited_in_their_finding()
    {
        string finding = FindingBlock(Page.Value, ReportSamples.ThirdPartyRule);
        Assert.Contains("<dt>Source</dt><dd>signature-base</dd>", finding, StringComparison.Ordinal);
        Assert.Contains($"<dt>Author</dt><dd><span class=\"author\">{ReportSamples.ThirdPartyAuthor}</span></dd>", finding, StringComparison.Ordinal);
        // A rule without an author says so rather than leaving the credit blank.
        Assert.Contains("<dt>Author</dt><dd><span class=\"muted\">not stated by the rule</span></dd>", FindingBlock(Page.Value, "Hostile_"), StringComparison.Ordinal);
    }

    [Fact]
    public void Techniques_are_named_from_the_knowledge_base_and_counted()
    {
        string html = Page.Value;
        string row = AttackRow(html, "T1574.001");
        Assert.Contains(Encode(Kb.Technique("T1574.001")!.Name), row, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://attack.mitre.org/techniques/T1574/001/\" rel=\"noreferrer noopener\">T1574.001</a>", row, StringComparison.Ordinal);

        // T1027.002 is cited by two findings in two files.
        string packed = AttackRow(html, "T1027.002");
        Assert.Contains(Encode(Kb.Technique("T1027.002")!.Name), packed, StringComparison.Ordinal);
        Assert.EndsWith("<td>technique</td><td class=\"num\">2</td><td class=\"num\">2</td></tr>", packed, StringComparison.Ordinal);

        // A revoked id keeps its name and says what replaced it.
        RevokedTechnique revoked = Kb.Revoked("T1574.002")!;
        Assert.Contains($"{Encode(revoked.Name)}</span><span class=\"muted\"> (revoked, replaced by {revoked.ReplacedBy})", AttackRow(html, "T1574.002"), StringComparison.Ordinal);

        // Software ids resolve through the software records' ATT&CK ids.
        SoftwareRecord quasar = Kb.Software.Single(s => s.AttackId == "S0262");
        Assert.Contains($"<span class=\"technique-name\">{Encode(quasar.Name)}</span>", AttackRow(html, "S0262"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://attack.mitre.org/software/S0262/\"", AttackRow(html, "S0262"), StringComparison.Ordinal);

        // A malformed id from a rule is listed as text, with no link.
        string bad = AttackRow(html, "T1059<X>");
        Assert.Contains("<code>T1059&lt;X&gt;</code>", bad, StringComparison.Ordinal);
        Assert.DoesNotContain("href", bad, StringComparison.Ordinal);
    }

    [Fact]
    public void The_actor_profile_gathers_every_alias_used_and_shows_names_attribution_and_timeline()
    {
        string html = Page.Value;
        IntrusionSetRecord apt10 = Kb.FindActor("APT10")!;
        // APT10, menuPass and Cicada are one actor: one profile, counting the three findings.
        Assert.Single(Regex.Matches(html, "<article class=\"actor\""));
        Assert.Contains("Named by 4 findings as APT10, Cicada, menuPass.", html, StringComparison.Ordinal);
        string actor = Between(html, "<article class=\"actor\"", "</article>");
        foreach (AliasRecord alias in apt10.Aliases)
        {
            Assert.Contains($"<td class=\"alias\">{Encode(alias.Name)}</td>", actor, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"https://attack.mitre.org/groups/G0045/\" rel=\"noreferrer noopener\">G0045</a>", actor, StringComparison.Ordinal);
        Assert.Contains($"Origin: {Kb.Country(apt10.OriginCountry!.Value)!.Name}", actor, StringComparison.Ordinal);
        foreach (PersonRecord person in Kb.People.Where(p => p.MemberOf == apt10.Id))
        {
            Assert.Contains("Member: " + Encode(person.Name), actor, StringComparison.Ordinal);
        }

        // The timeline holds every public event and every dated campaign, oldest first.
        string timeline = Between(actor, "<table class=\"timeline\">", "</table>");
        var expected = Kb.Campaigns.Where(c => c.Actor == apt10.Id && c.FirstSeen is not null).Select(c => (c.FirstSeen!.Start, Text: "Campaign: " + c.Name))
            .Concat(Kb.Events.Select(e => (e.Date.Start, e.Text)))
            .OrderBy(x => x.Start, StringComparer.Ordinal).ThenBy(x => x.Text, StringComparer.Ordinal).Select(x => Encode(x.Text)).ToList();
        var rows = Regex.Matches(timeline, "<tr><td>[^<]*</td><td>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(expected, rows);
        Assert.True(rows.Count >= 10, $"timeline has {rows.Count} rows");

        // A name the knowledge base does not know is reported as such, not silently dropped.
        Assert.Contains("<li><code>Unknown Panda</code> (1 finding)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_list_the_findings_references_and_every_citation_has_its_entry()
    {
        string html = Page.Value;
        string sources = Between(html, "id=\"sources\"", "</section>");
        Assert.Contains("<li><a href=\"https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage\" rel=\"noreferrer noopener\">https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage</a><span class=\"muted\"> (1 finding)</span></li>", sources, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://blogs.blackberry.com/en/2019/06/threat-spotlight-menupass-quasarrat-backdoor\"", sources, StringComparison.Ordinal);

        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var targets = Regex.Matches(html, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains(t, ids));
        // The profile's sources are there, with their titles.
        Assert.True(Regex.Count(html, "<li id=\"src-") >= 10, "the profile cites at least ten sources");
        SourceRecord doj = Kb.Source("DOJ-PR")!;
        Assert.Contains(Encode(doj.Title), Between(html, "id=\"src-DOJ-PR\"", "</li>"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes()
    {
        string first = HtmlReportWriter.ToHtml(ReportSamples.WithFindings(), Kb);
        string second = HtmlReportWriter.ToHtml(ReportSamples.WithFindings(), KnowledgeBase.LoadBuiltIn());
        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.Equal(first, Page.Value);
    }

    [Fact]
    public void Japanese_labels_can_be_turned_off()
    {
        string html = HtmlReportWriter.ToHtml(ReportSamples.WithFindings(), Kb, new HtmlReportOptions { JapaneseLabels = false });
        Assert.DoesNotContain("lang=\"ja\"", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"ja\"", Page.Value, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ja\" lang=\"ja\">攻撃者プロファイル</span>", Page.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_loads_nothing_from_outside_and_runs_no_script()
    {
        string html = Page.Value;
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html, StringComparison.Ordinal);
        // Only links leave the page: no src=, no stylesheet link, no @import or url() in the CSS.
        Assert.DoesNotContain(" src=", html.Replace("&lt;img src=x", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        string css = Between(html, "<style>", "</style>");
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alert")]
    [InlineData("warning")]
    [InlineData("notice")]
    public void A_level_has_one_colour_in_the_banner_the_badges_and_the_file_borders(string level)
    {
        string css = Between(Page.Value, "<style>", "</style>");
        Assert.Single(Regex.Matches(css, $"--{level}:#[0-9a-f]{{6}}"));
        Assert.Contains($".badge-{level}{{background:var(--{level})}}", css, StringComparison.Ordinal);
        Assert.Contains($".file-{level}{{border-left-color:var(--{level})}}", css, StringComparison.Ordinal);
        if (level != "notice")
        {
            Assert.Contains($".verdict-{level}{{background:var(--{level})}}", css, StringComparison.Ordinal);
        }
    }

    internal static string FindingBlock(string html, string ruleStart)
    {
        string[] blocks = html.Split("<div class=\"finding\">");
        return Assert.Single(blocks.Skip(1), b => b.Contains("<code class=\"rule\">" + ruleStart, StringComparison.Ordinal));
    }

    internal static string AttackRow(string html, string id)
    {
        Match m = Regex.Match(html, $"<tr id=\"attack-{Regex.Escape(HtmlAnchor(id))}\">.*?</tr>");
        Assert.True(m.Success, $"no ATT&CK row for {id}");
        return m.Value;
    }

    internal static string Between(string text, string start, string end)
    {
        int i = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not found");
        int j = text.IndexOf(end, i + start.Length, StringComparison.Ordinal);
        Assert.True(j >= 0, $"'{end}' not found after '{start}'");
        return text[i..j];
    }

    private static string HtmlAnchor(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());

    // Independent of HtmlText on purpose: the five characters HTML needs escaped, nothing else.
    internal static string Encode(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
