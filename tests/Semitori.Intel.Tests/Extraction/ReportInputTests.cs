using System.Text.Json;
using Semitori.Intel.Extraction;
using Semitori.Intel.Export;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Text;

namespace Semitori.Intel.Tests.Extraction;

/// <summary>HTML and Markdown inputs, the JSON result as export input, and the readable view.</summary>
public class ReportInputTests
{
    [Fact]
    public void Html_is_reduced_to_text_without_scripts_and_with_paragraphs()
    {
        const string html = "<html><head><style>p{}</style><script>var x='1.2.3.4';</script></head><body>" +
            "<h1>APT10 &amp; Cicada</h1><p>C2: evil[.]example[.]com</p><p>Symantec reported it in <b>October 2019</b>.</p></body></html>";
        string text = ReportText.ToPlainText(html, ReportFormat.Html);
        Assert.DoesNotContain("1.2.3.4", text, StringComparison.Ordinal);
        ExtractionResult result = TestKnowledge.Extractor.Extract(text);
        Assert.Equal("APT10 & Cicada", result.Title);
        Assert.Equal(["evil.example.com"], result.Indicators.Select(i => i.Value));
        Assert.Equal(["2019-10"], result.Dates.Select(d => d.Value.Normalized));
        Assert.Equal(ReportFormat.Html, ReportText.Sniff(html));
    }

    [Fact]
    public void Markdown_links_keep_their_target_and_emphasis_goes()
    {
        string text = ReportText.ToPlainText("# Report\n**APT10** used [this C2](hxxp://evil[.]example[.]com/x) and `t.vbs`.", ReportFormat.Markdown);
        ExtractionResult result = TestKnowledge.Extractor.Extract(text);
        Assert.Contains(result.Indicators, i => i.Kind == IocKind.Url && i.Value == "http://evil.example.com/x");
        Assert.Contains(result.Indicators, i => i.Kind == IocKind.FileName && i.Value == "t.vbs");
        Assert.Single(result.Actors);
    }

    [Fact]
    public void The_json_result_reads_back_and_exports_the_same()
    {
        string json = JsonSerializer.Serialize(TestKnowledge.Seed, KnowledgeJson.Indented);
        ExtractionResult back = JsonSerializer.Deserialize<ExtractionResult>(json, KnowledgeJson.Options)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, KnowledgeJson.Indented));
        string Stix(ExtractionResult r) => new StixBundleWriter(TestKnowledge.Kb).Write(ExportModelBuilder.FromExtraction(r, TestKnowledge.Kb)).ToJsonString();
        Assert.Equal(Stix(TestKnowledge.Seed), Stix(back));
    }

    [Fact]
    public void The_readable_view_shows_items_with_their_sentences()
    {
        var output = new StringWriter();
        ExtractionTextWriter.Write(TestKnowledge.Seed, TestKnowledge.Kb, output);
        string text = output.ToString();
        Assert.Contains("APT10 (G0045); aliases in text: Cicada, StonePanda", text, StringComparison.Ordinal);
        Assert.Contains("pe-export    FuckYouAnti", text, StringComparison.Ordinal);
        Assert.Contains("countries: JP, KR, CN, TW, PH, HK, VN, TH, IN, AE, DE, FR, BE, GB, US, MX", text, StringComparison.Ordinal);
        Assert.Contains("2019年10月中旬頃から", text, StringComparison.Ordinal);
        Assert.Contains("      s", text, StringComparison.Ordinal);
        Assert.Contains("A DLL exporting FuckYouAnti is FYAnti (S0628)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_report_is_extracted_too()
    {
        const string report = "Symantec said Cicada (APT10) has targeted Japan-linked automotive companies since mid-October 2019. " +
            "The attackers exploited Zerologon (CVE-2020-1472) and side-loaded DLLs. A loader contacted hxxp://update[.]example[.]jp/a.";
        ExtractionResult result = TestKnowledge.Extractor.Extract(report);
        Assert.Equal("en", result.Language);
        Assert.Equal(["Cicada"], result.Actors.Single().AliasesInText.Where(a => a != "APT10"));
        Assert.Contains(result.Indicators, i => i.Kind == IocKind.Cve && i.Value == "CVE-2020-1472");
        Assert.Contains(result.Indicators, i => i.Kind == IocKind.Url && i.Value == "http://update.example.jp/a");
        Assert.Equal(["T1210", "T1574.001"], result.Techniques.Select(t => t.Id));
        ExtractedCampaign campaign = Assert.Single(result.Campaigns);
        Assert.Equal(("2019-10-11", "since"), (campaign.Start.Start, campaign.Start.Qualifier));
        Assert.Equal(["JP"], campaign.Countries);
        Assert.Equal(["symantec"], result.EntityIds(EntityKind.Organisation, "reporter"));
    }

    [Fact]
    public void Hostile_sizes_are_bounded()
    {
        string noTerminators = string.Concat(Enumerable.Repeat("abc def ", 2000));
        Assert.All(SentenceSplitter.Split(noTerminators), s => Assert.True(s.Text.Length <= SentenceSplitter.MaxSentenceLength + 200));

        ExtractionResult capped = TestKnowledge.Extractor.Extract("APT10 " + new string('x', 100), new ExtractionOptions { MaxCharacters = 20 });
        Assert.True(capped.Truncated);
        Assert.Single(capped.Actors);
        Assert.False(TestKnowledge.Seed.Truncated);
    }
}
