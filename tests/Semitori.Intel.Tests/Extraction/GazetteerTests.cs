using Semitori.Intel.Extraction;

namespace Semitori.Intel.Tests.Extraction;

/// <summary>Named-entity matching traps from the research notes (§4.3–4.5).</summary>
public class GazetteerTests
{
    private static IReadOnlyList<ExtractedEntity> Entities(string text) => TestKnowledge.Extractor.Extract(text).Entities;

    [Theory]
    [InlineData("APT10が攻撃", "apt10")]
    [InlineData("中国のAPT10による", "apt10")]
    [InlineData("ＡＰＴ１０の活動", "apt10")]
    [InlineData("Stone Panda and StonePanda", "apt10")]
    [InlineData("menuPass (a.k.a. POTASSIUM) returned", "apt10")]
    [InlineData("BRONZE RIVERSIDE activity", "apt10")]
    [InlineData("ストーンパンダによる攻撃", "apt10")]
    public void Finds_actors_next_to_japanese_and_in_any_width(string text, string id) =>
        Assert.Contains(Entities(text), e => e.Kind == EntityKind.IntrusionSet && e.Id == id);

    [Theory]
    [InlineData("Cicada3301 is a ransomware group")]
    [InlineData("The cicadas sing")]
    [InlineData("apt100 is something else")]
    public void Does_not_take_parts_of_words_for_actors(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Kind == EntityKind.IntrusionSet);

    [Theory]
    [InlineData("タイミングが重要だ")]
    [InlineData("タイトルとタイプ")]
    [InlineData("中国地方の企業")]
    [InlineData("英語の資料")]
    [InlineData("北米と南米の拠点")]
    [InlineData("台風が来た")]
    [InlineData("Let us know")]
    public void Does_not_invent_countries(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Kind == EntityKind.Country);

    [Theory]
    [InlineData("インドネシアの企業を標的", "ID")]
    [InlineData("インドの企業を標的", "IN")]
    [InlineData("タイ、ベトナムの企業を標的", "TH")]
    [InlineData("米司法省は起訴した", "US")]
    [InlineData("日米の企業", "US")]
    [InlineData("英国の企業を標的", "GB")]
    [InlineData("targets in the US and UK", "GB")]
    [InlineData("South Korea was targeted", "KR")]
    [InlineData("香港とマカオ", "HK")]
    public void Finds_countries_in_japanese_news_forms(string text, string iso2) =>
        Assert.Contains(Entities(text), e => e.Kind == EntityKind.Country && e.Id == iso2);

    [Fact]
    public void Country_roles_follow_the_sentence()
    {
        var entities = Entities("中国を拠点とするグループが韓国の企業を標的にした。");
        Assert.Contains(entities, e => e.Id == "CN" && e.Role == "origin");
        Assert.Contains(entities, e => e.Id == "KR" && e.Role == "target");
        Assert.Contains(Entities("China-based hackers targeted Japan."), e => e.Id == "CN" && e.Role == "origin");
        Assert.Contains(Entities("アメリカ当局が発表した。"), e => e.Id == "US" && e.Role == "authority");
    }

    [Fact]
    public void Vendors_stay_reporters_even_in_targeting_sentences()
    {
        var entities = Entities("Symantec said attackers targeted Broadcom customers in Japan.");
        Assert.All(entities.Where(e => e.Kind == EntityKind.Organisation), e => Assert.Equal("reporter", e.Role));
        Assert.Contains(entities, e => e.Id == "JP" && e.Role == "target");
    }

    [Theory]
    [InlineData("自動車産業が主要なターゲット", "automotive", "primary-target")]
    [InlineData("the automotive industry was the main target", "automotive", "primary-target")]
    [InlineData("航空宇宙企業を標的", "aerospace", "target")]
    [InlineData("航空、衛星、海事の企業を標的", "aviation", "target")]
    [InlineData("managed service providers were compromised", "managed-services", "target")]
    [InlineData("政府が談話を発表", "government", "mention")]
    public void Sectors_with_roles(string text, string key, string role) =>
        Assert.Contains(Entities(text), e => e.Kind == EntityKind.Sector && e.Id == key && e.Role == role);

    [Fact]
    public void Software_versions_written_right_after_the_name_are_kept()
    {
        Assert.Equal("1.0.0", Assert.Single(Entities("ConfuserExv1.0.0で難読化"), e => e.Id == "confuserex").Version);
        Assert.Equal("1.4.1", Assert.Single(Entities("QuasarRAT 1.4.1 was used"), e => e.Id == "quasarrat").Version);
        Assert.DoesNotContain(Entities("Ping the host and run cmd"), e => e.Kind is EntityKind.Tool or EntityKind.Malware);
    }

    [Fact]
    public void Techniques_from_cues_and_ids_with_revoked_ids_mapped()
    {
        var result = TestKnowledge.Extractor.Extract("The loader was side-loaded (T1574.002). They abused MSPs. 標的型メールで侵入した。");
        Assert.Equal(["T1574.001", "T1199", "T1566.001"], result.Techniques.Select(t => t.Id));
        Assert.Equal("T1574.002", result.Techniques[0].RevokedId);
        Assert.DoesNotContain(TestKnowledge.Extractor.Extract("WMIC and SMSP and cmspx").Techniques, t => t.Id is "T1199" or "T1047");
    }
}
