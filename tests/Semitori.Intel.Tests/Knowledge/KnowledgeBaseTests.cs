using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Tests.Knowledge;

/// <summary>The built-in pack: loads from packs/ data, every item sourced, the facts of the dossier kept.</summary>
public class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => TestKnowledge.Kb;

    [Fact]
    public void Every_source_id_the_pack_cites_is_defined() =>
        Assert.Empty(Kb.UnresolvedSourceIds());

    [Fact]
    public void Every_item_names_a_source()
    {
        IntrusionSetRecord apt10 = Kb.FindActor("APT10")!;
        Assert.All(apt10.Aliases, a => Assert.NotEmpty(a.Sources));
        Assert.All(Kb.Campaigns, c => Assert.NotEmpty(c.Sources));
        Assert.All(Kb.Software, s => Assert.NotEmpty(s.Sources));
        Assert.All(Kb.Techniques, t => Assert.NotEmpty(t.Sources));
        Assert.All(Kb.People, p => Assert.NotEmpty(p.Sources));
        Assert.All(Kb.Organisations, o => Assert.NotEmpty(o.Sources));
        Assert.All(Kb.Countries, c => Assert.NotEmpty(c.Sources));
        Assert.All(Kb.Sectors, s => Assert.NotEmpty(s.Sources));
        Assert.All(Kb.Events, e => Assert.NotEmpty(e.Sources));
    }

    [Fact]
    public void Apt10_has_the_attack_g0045_technique_set_with_current_ids()
    {
        IntrusionSetRecord apt10 = Kb.FindActor("menuPass")!;
        Assert.Equal("G0045", apt10.AttackId);
        Assert.Equal(46, apt10.Techniques.Count);
        Assert.Equal(46, apt10.Techniques.Distinct().Count());
        Assert.All(apt10.Techniques, id => Assert.Matches(@"^T\d{4}(\.\d{3})?$", id));
        Assert.All(apt10.Techniques, id => Assert.Null(Kb.Revoked(id)));
        Assert.Contains("T1574.001", apt10.Techniques);
        Assert.Contains("T1199", apt10.Techniques);
        Assert.Equal("T1574.001", Kb.Revoked("T1574.002")!.ReplacedBy);
        Assert.Equal(25, apt10.Software.Count(id => Kb.SoftwareById(id)!.AttackId is not null));
    }

    [Fact]
    public void Aliases_carry_who_named_them_and_the_atttack_alias_list_is_complete()
    {
        IntrusionSetRecord apt10 = Kb.FindActor("apt10")!;
        string[] attackAliases = ["menuPass", "Cicada", "POTASSIUM", "Stone Panda", "APT10", "Red Apollo", "CVNX", "HOGFISH", "BRONZE RIVERSIDE"];
        Assert.All(attackAliases, a => Assert.Contains(apt10.Aliases, x => x.Name == a && x.Sources.Contains("ATTACK-G0045")));
        Assert.Equal("Symantec", apt10.Aliases.Single(a => a.Name == "Cicada").NamedBy);
        Assert.Contains(apt10.NotAliases, n => n.Name == "GALLIUM");
        // Microsoft's Purple Typhoon cluster also lists malware names; none of them became an alias.
        Assert.DoesNotContain(apt10.Aliases, a => a.Name is "Evilgrab" or "ChChes" or "Haymaker" or "AEON");
    }

    [Fact]
    public void Conflicting_first_seen_claims_are_kept_side_by_side_and_inferences_are_marked()
    {
        IntrusionSetRecord apt10 = Kb.FindActor("apt10")!;
        Claim firstSeen = apt10.Claims.Single(c => c.Property == "firstSeen");
        Assert.Equal(["2006-01-01", "2009-01-01"], firstSeen.Values.Select(v => v.AsDate()!.Start));
        Assert.All(firstSeen.Values, v => Assert.NotEmpty(v.Sources));
        Assert.True(apt10.ResourceLevel!.Inferred);
        Assert.True(apt10.PrimaryMotivation!.Inferred);
        Assert.True(Kb.SoftwareById("fyanti")!.Inferences.Single().Inferred);
    }

    [Fact]
    public void Campaign_windows_keep_the_precision_of_their_source()
    {
        CampaignRecord cicada = Kb.Campaigns.Single(c => c.Id == "cicada-japan-2019");
        Assert.Equal(("2019-10-11", "2019-10-20", DatePrecision.Dekad), (cicada.FirstSeen!.Start, cicada.FirstSeen.End, cicada.FirstSeen.Precision));
        Assert.Contains("mid-October 2019", cicada.FirstSeen.Text);
        Assert.Equal(16, cicada.Countries.Count);
        Assert.Equal(17, cicada.StatedRegionCount);
        Assert.Equal(["automotive"], cicada.PrimarySectors);
    }

    [Fact]
    public void People_and_organisations_of_the_indictment()
    {
        Assert.Equal(["Zhu Hua", "Zhang Shilong"], Kb.People.Select(p => p.Name));
        Assert.Equal(["Godkiller", "Atreexp"], Kb.People.Select(p => p.Handles.Single().Value));
        Assert.Equal("Huaying Haitai Science and Technology Development Company", Kb.Organisation("huaying-haitai")!.FullName);
        Assert.Equal(["sponsor", "director"], Kb.Organisation("mss-tianjin")!.Roles);
    }

    [Fact]
    public void Countries_have_iso_codes_and_stix_regions()
    {
        Assert.All(Kb.Countries, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Iso2);
            Assert.Matches("^[A-Z]{3}$", c.Iso3);
            Assert.Matches("^[0-9]{3}$", c.Numeric);
            Assert.NotEmpty(c.NamesJa);
        });
        Assert.Equal(["韓国", "大韓民国"], Kb.Country("KR")!.NamesJa);
        Assert.Contains("米", Kb.Country("US")!.AbbreviationsJa);
        Assert.Equal("south-eastern-asia", Kb.Country("PH")!.StixRegion);
    }

    [Theory]
    [InlineData("apt10")]
    [InlineData("APT10")]
    [InlineData("ＡＰＴ１０")]
    [InlineData("Cicada")]
    [InlineData("CICADA")]
    [InlineData("menuPass")]
    [InlineData("menupass")]
    [InlineData("Stone Panda")]
    [InlineData("stonepanda")]
    [InlineData("stone-panda")]
    [InlineData("ストーンパンダ")]
    [InlineData("BRONZE RIVERSIDE")]
    [InlineData("G0045")]
    public void Finds_apt10_by_any_name(string query) =>
        Assert.Equal("apt10", Kb.FindActor(query)?.Id);

    [Theory]
    [InlineData("Cicada3301")]
    [InlineData("GALLIUM")]
    [InlineData("APT1")]
    public void Does_not_find_other_groups(string query) => Assert.Null(Kb.FindActor(query));
}
