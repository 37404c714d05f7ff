using System.Text.Json;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Profile;

namespace Semitori.Intel.Tests.Profile;

/// <summary>What 'semitori intel show NAME' prints: the same profile whatever alias, case or script is asked for.</summary>
public class ActorProfileTests
{
    private static string Render(string query)
    {
        IntrusionSetRecord actor = TestKnowledge.Kb.FindActor(query) ?? throw new InvalidOperationException($"no actor {query}");
        var output = new StringWriter();
        ActorProfileTextWriter.Write(ActorProfile.Build(TestKnowledge.Kb, actor), TestKnowledge.Kb, output);
        return output.ToString();
    }

    [Theory]
    [InlineData("apt10")]
    [InlineData("Cicada")]
    [InlineData("menuPass")]
    [InlineData("MENUPASS")]
    [InlineData("ストーンパンダ")]
    [InlineData("stone panda")]
    public void Any_alias_gives_the_same_profile(string query) =>
        Assert.Equal(Render("APT10"), Render(query));

    [Fact]
    public void The_profile_has_aliases_with_sources_timeline_tools_techniques_targets_and_sources()
    {
        string text = Render("apt10");
        Assert.StartsWith("APT10  (ATT&CK G0045 menuPass)", text, StringComparison.Ordinal);
        Assert.Contains("Cicada             — Symantec  [SYM-2020, ATTACK-G0045, SEED-ARTICLE]", text, StringComparison.Ordinal);
        Assert.Contains("since at least 2006", text, StringComparison.Ordinal);
        Assert.Contains("since 2009", text, StringComparison.Ordinal);
        Assert.Contains("mid-October 2019 (2019年10月中旬)", text, StringComparison.Ordinal);
        Assert.Contains("S0262  tool     QuasarRAT (xRAT, Quasar)", text, StringComparison.Ordinal);
        Assert.Contains("Techniques (46, ATT&CK v18)", text, StringComparison.Ordinal);
        Assert.Contains("(revoked T1574.002 DLL Side-Loading → use T1574.001)", text, StringComparison.Ordinal);
        Assert.Contains("Automotive", text, StringComparison.Ordinal);
        Assert.Contains("Japan (JP)", text, StringComparison.Ordinal);
        Assert.Contains("https://www.justice.gov/opa/pr/two-chinese-hackers-associated-ministry-state-security-charged-global-computer-intrusion", text, StringComparison.Ordinal);
        Assert.Contains("inference:", text, StringComparison.Ordinal);
        Assert.Contains("handle Godkiller", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_profile_serialises_and_keeps_sources()
    {
        ActorProfile profile = ActorProfile.Build(TestKnowledge.Kb, TestKnowledge.Kb.FindActor("シカダ")!);
        using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(profile, KnowledgeJson.Options));
        JsonElement root = json.RootElement;
        Assert.Equal("APT10", root.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal(46, root.GetProperty("techniques").GetArrayLength());
        Assert.All(root.GetProperty("actor").GetProperty("aliases").EnumerateArray(), a => Assert.NotEqual(0, a.GetProperty("sources").GetArrayLength()));
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "MOFA");
    }
}
