using Semitori.Intel.Extraction;

namespace Semitori.Intel.Tests.Extraction;

/// <summary>
/// The acceptance test of issue 7: what the extractor must get out of the Japanese seed article
/// (shared/seed/apt10-article-ja.txt, copied to TestData/seed), with exact expectations.
/// </summary>
public class SeedArticleTests
{
    private static ExtractionResult Seed => TestKnowledge.Seed;

    [Fact]
    public void Finds_apt10_with_the_aliases_the_article_uses()
    {
        ActorMention actor = Assert.Single(Seed.Actors);
        Assert.Equal("APT10", actor.Name);
        Assert.Equal("G0045", actor.AttackId);
        Assert.Equal(["Cicada", "StonePanda"], actor.AliasesInText);
    }

    [Fact]
    public void Finds_the_indicted_people_and_their_organisations()
    {
        Assert.Equal(["zhu-hua", "zhang-shilong"], Seed.EntityIds(EntityKind.Person));
        Assert.Equal(["Zhu Hua", "朱华"], Surfaces("zhu-hua"));
        Assert.Equal(["張志龍", "张士龙"], Surfaces("zhang-shilong"));
        Assert.Equal(["huaying-haitai"], Seed.EntityIds(EntityKind.Organisation, "affiliated"));
        Assert.Equal(["mss", "mss-tianjin"], Seed.EntityIds(EntityKind.Organisation, "sponsor"));
        Assert.Equal("MSS Tianjin State Security Bureau", Seed.Entities.First(e => e.Id == "mss-tianjin").Name);
    }

    [Fact]
    public void Vendors_are_reporting_organisations_and_never_targets()
    {
        Assert.Equal(["symantec", "fireeye", "blackberry-cylance", "broadcom"], Seed.EntityIds(EntityKind.Organisation, "reporter"));
        Assert.Equal(["BlackBerry Cylance"], Seed.Entities.Where(e => e.Id == "blackberry-cylance").Select(e => e.Name).Distinct());
        Assert.All(Seed.Entities.Where(e => e.OrganisationKind == "vendor"), e => Assert.Equal("reporter", e.Role));
        // Government bodies are authorities, not reporters.
        Assert.Equal(["mofa-japan", "us-doj"], Seed.EntityIds(EntityKind.Organisation, "authority"));
    }

    [Fact]
    public void Finds_quasarrat_confuserex_with_its_version_and_the_export()
    {
        Assert.Equal(["confuserex", "quasarrat"], Seed.EntityIds(EntityKind.Tool).Order());
        Assert.Equal("1.0.0", Seed.Entities.First(e => e.Id == "confuserex").Version);
        ExtractedIoc export = Assert.Single(Seed.Indicators);
        Assert.Equal((IocKind.PeExport, "FuckYouAnti"), (export.Kind, export.Value));
        Assert.Contains("第3段階のDLL", Seed.Sentences[export.Sentence].Text);
        KnowledgeInference inference = Assert.Single(Seed.Inferences);
        Assert.Equal("fyanti", inference.Subject);
    }

    [Fact]
    public void The_mid_october_2019_campaign_has_16_named_countries_of_17_regions_and_its_sectors()
    {
        ExtractedCampaign campaign = Assert.Single(Seed.Campaigns, c => c.Start.Start == "2019-10-11");
        Assert.Equal(Semitori.Intel.Knowledge.DatePrecision.Dekad, campaign.Start.Precision);
        Assert.Equal("2019-10-20", campaign.Start.End);
        Assert.Equal(["JP", "KR", "CN", "TW", "PH", "HK", "VN", "TH", "IN", "AE", "DE", "FR", "BE", "GB", "US", "MX"], campaign.Countries);
        Assert.Equal(["automotive", "electronics", "engineering", "trading", "government"], campaign.Sectors.Select(s => s.Key));
        Assert.Equal(["automotive"], campaign.Sectors.Where(s => s.Primary).Select(s => s.Key));
        Assert.Equal([(17, "regions")], campaign.StatedCounts.Select(c => (c.Value, c.Unit)));
        Assert.Equal(["Symantec"], campaign.Reporters);
        Assert.Equal("apt10", campaign.Actor);
    }

    [Fact]
    public void The_earlier_activity_keeps_its_own_targets()
    {
        // FireEye: tracked since 2009; construction, engineering, aerospace, telecoms and government offices (官公庁).
        ExtractedCampaign fireEye = Assert.Single(Seed.Campaigns, c => c.Start.Normalized == "2009");
        Assert.Equal(["construction", "engineering", "aerospace", "telecommunications", "government"], fireEye.Sectors.Select(s => s.Key));
        Assert.Equal(["US", "JP"], fireEye.Countries);
        Assert.Equal(["FireEye"], fireEye.Reporters);

        // DOJ: 2006–2018; aviation, satellite, maritime, telecoms, and MSPs in the next sentence; clients in 12 countries.
        ExtractedCampaign doj = Assert.Single(Seed.Campaigns, c => c.Start.Normalized == "2006/2018");
        Assert.Equal(["aviation", "satellite", "maritime", "telecommunications", "managed-services"], doj.Sectors.Select(s => s.Key));
        Assert.Empty(doj.Countries);
        Assert.Equal([(12, "countries")], doj.StatedCounts.Select(c => (c.Value, c.Unit)));
        Assert.Equal(["US Department of Justice"], doj.Reporters);

        // BlackBerry Cylance: EMEA from the second half of 2018 (regions, no named country).
        ExtractedCampaign blackBerry = Assert.Single(Seed.Campaigns, c => c.Start.Text == "2018年後半より");
        Assert.Equal(["BlackBerry Cylance"], blackBerry.Reporters);
        Assert.Equal(4, Seed.Campaigns.Count);
    }

    [Fact]
    public void Dates_are_normalised_with_their_precision()
    {
        var dates = Seed.Dates.Select(d => (d.Value.Text, d.Value.Normalized, d.Value.Precision.ToString(), d.Value.Qualifier)).ToList();
        Assert.Equal(
            [
                ("2018年12月21日", "2018-12-21", "Day", null),
                ("2019年10月中旬頃から", "2019-10-11/2019-10-20", "Dekad", "since"),
                ("2009年から", "2009", "Year", "since"),
                ("2018年12月20日", "2018-12-20", "Day", null),
                ("同年12月17日", "2018-12-17", "Day", null),
                ("2006年頃から2018年頃まで", "2006/2018", "YearRange", null),
                ("2018年12月", "2018-12", "Month", null),
                ("2018年後半より", "2018-07-01/2018-12-31", "HalfYear", "since"),
                ("2018年の後半以降", "2018-07-01/2018-12-31", "HalfYear", "since"),
                ("2018年後半以降", "2018-07-01/2018-12-31", "HalfYear", "since"),
                ("2019年10月以降", "2019-10", "Month", "since"),
                ("2019年10月中旬頃から", "2019-10-11/2019-10-20", "Dekad", "since"),
            ],
            dates);
        Assert.True(Seed.Dates.Single(d => d.Value.Normalized == "2006/2018").Value.Approximate); // 頃
    }

    [Fact]
    public void The_six_source_urls_are_references_not_indicators()
    {
        Assert.Equal(
            [
                "https://www.mofa.go.jp/mofaj/press/danwa/page4_004594.html",
                "https://www.fireeye.jp/current-threats/apt-groups.html",
                "https://www.justice.gov/opa/pr/two-chinese-hackers-associated-ministry-state-security-charged-global-computer-intrusion",
                "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage",
                "https://blogs.blackberry.com/en/2019/06/threat-spotlight-menupass-quasarrat-backdoor",
                "https://www.pwc.com/jp/ja/japan-service/cyber-security/assets/pdf/operation-cloud-hopper.pdf",
            ],
            Seed.References);
        Assert.DoesNotContain(Seed.Indicators, i => i.Kind is IocKind.Url or IocKind.Domain);
    }

    [Fact]
    public void No_false_iocs()
    {
        // v1.0.0 (ConfuserExv1.0.0) is not an IP; .NET, DLL names in prose and Japanese text are not IOCs.
        Assert.DoesNotContain(Seed.Iocs, i => i.Kind is IocKind.Ipv4 or IocKind.Ipv6 or IocKind.FileName or IocKind.Domain or IocKind.Md5);
        Assert.Equal(7, Seed.Iocs.Count); // six references and one export name
    }

    [Fact]
    public void Techniques_come_with_their_evidence_sentences()
    {
        Assert.Equal(["T1199", "T1027"], Seed.Techniques.Select(t => t.Id));
        ExtractedTechnique msp = Seed.Techniques[0];
        Assert.Contains("マネージドサービスプロバイダー(MSP)", Seed.Sentences[msp.Evidence[0].Sentence].Text);
        ExtractedTechnique obfuscation = Seed.Techniques[1];
        Assert.Contains(obfuscation.Evidence, e => e.Cue == "ConfuserEx");
        Assert.DoesNotContain(Seed.Techniques, t => t.Id == "T1574.002");
    }

    [Fact]
    public void China_is_both_origin_and_target_and_abbreviations_are_only_mentions()
    {
        Assert.Contains(Seed.Entities, e => e.Id == "CN" && e.Role == "origin");
        Assert.Contains(Seed.Entities, e => e.Id == "CN" && e.Role == "target");
        Assert.All(Seed.Entities.Where(e => e.Surface == "米"), e => Assert.Equal("mention", e.Role));
        Assert.Equal(4, Seed.Entities.Count(e => e.Surface == "米")); // 米が, 米司法省 twice, 米半導体大手
    }

    [Fact]
    public void Every_item_keeps_its_sentence()
    {
        Assert.All(Seed.Entities, e => Assert.Contains(e.Surface, Seed.Sentences[e.Sentence].Text));
        Assert.All(Seed.Dates, d => Assert.Contains(d.Value.Text, Seed.Sentences[d.Sentence].Text));
        Assert.All(Seed.Iocs, i => Assert.Contains(i.Surface, Seed.Sentences[i.Sentence].Text));
    }

    private static IEnumerable<string> Surfaces(string id) => Seed.Entities.Where(e => e.Id == id).Select(e => e.Surface).Distinct();
}
