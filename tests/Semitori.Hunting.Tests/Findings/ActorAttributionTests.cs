using Semitori.Hunting.Findings;
using Semitori.Intel.Knowledge;

namespace Semitori.Hunting.Tests.Findings;

/// <summary>Who a finding points to: the pack's actor meta resolved to the canonical name, third-party rules by the names they mention.</summary>
public sealed class ActorAttributionTests
{
    private static readonly ActorAttribution Attribution = new(KnowledgeBase.LoadBuiltIn());

    [Theory]
    [InlineData("APT_APT10_Redleaves_Strings", "", "APT10")]
    [InlineData("SUSP_Loader", "Detects a loader used by menuPass in 2018", "APT10")]
    [InlineData("MAL_Stone_Panda_Sample", "", "APT10")]
    [InlineData("HKTL_Generic", "Tool reported by Symantec in the Cicada campaign", "APT10")]
    public void Third_party_rules_are_attributed_by_the_names_they_mention(string rule, string description, string actor)
    {
        Finding f = Attribution.Attribute(Make(rule, description, actor: ""));
        Assert.Equal(actor, f.Actor);
        Assert.Contains("mentions", f.Details!["attribution"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MAL_Cicada3301_Puzzle", "")] // a different thing that only shares a prefix
    [InlineData("SUSP_Generic_Stoneware", "stone pandas are not mentioned here")]
    [InlineData("Webshell_APT", "a generic web shell")]
    public void Near_misses_stay_unattributed(string rule, string description)
    {
        Finding f = Attribution.Attribute(Make(rule, description, actor: ""));
        Assert.Equal(string.Empty, f.Actor);
        Assert.Null(f.Details);
    }

    [Fact]
    public void An_alias_in_the_actor_meta_becomes_the_canonical_name()
    {
        Assert.Equal("APT10", Attribution.Attribute(Make("Cicada_X", "", actor: "menuPass")).Actor);
        Assert.Equal("SomeoneElse", Attribution.Attribute(Make("X", "", actor: "SomeoneElse")).Actor);
    }

    private static Finding Make(string rule, string description, string actor) =>
        new("/x", "yara:test.yar", rule, 70, FindingLevel.Warning, "someone", description, [], actor, [], []);
}
