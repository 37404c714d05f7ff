using System.Text.Json.Nodes;
using Semitori.Intel.Export;

namespace Semitori.Intel.Tests.Export;

/// <summary>
/// Field-level check of the layers against the ATT&amp;CK Navigator layer format 4.5
/// (mitre-attack/attack-navigator layers/spec/v4.5/layerformat.md): every field we write is one the spec
/// defines, with the spec's type and allowed values.
/// </summary>
public class NavigatorLayerTests
{
    // Checked as the Navigator sees it: the serialised file parsed back.
    private static JsonObject Parsed(JsonObject layer) => JsonNode.Parse(layer.ToJsonString())!.AsObject();

    private static JsonObject KnowledgeLayer() => Parsed(
        NavigatorLayerWriter.Write(ExportModelBuilder.FromKnowledge(TestKnowledge.Kb, TestKnowledge.Kb.FindActor("apt10")!)));

    private static JsonObject SeedLayer() => Parsed(
        NavigatorLayerWriter.Write(ExportModelBuilder.FromExtraction(TestKnowledge.Seed, TestKnowledge.Kb)));

    public static TheoryData<string> Layers() => ["knowledge", "seed"];

    private static JsonObject Layer(string which) => which == "seed" ? SeedLayer() : KnowledgeLayer();

    [Theory]
    [MemberData(nameof(Layers))]
    public void Follows_the_layer_format_4_5(string which)
    {
        IReadOnlyList<string> errors = NavigatorLayerSpec.Check(Layer(which));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_checker_catches_what_the_navigator_rejects()
    {
        JsonObject layer = SeedLayer();
        layer["techniques"]![0]!["score"] = "1"; // a string score is a TypeError in the Navigator
        layer["versions"]!["layer"] = "4.4";
        layer["gradient"]!["maxValue"] = 0.0;
        layer["unknownField"] = true;
        Assert.Equal(4, NavigatorLayerSpec.Check(layer).Count);
    }

    [Fact]
    public void The_knowledge_layer_holds_the_46_techniques_scored_by_sources()
    {
        JsonObject layer = KnowledgeLayer();
        Assert.Equal("4.5", (string)layer["versions"]!["layer"]!);
        Assert.Equal("18", (string)layer["versions"]!["attack"]!);
        Assert.Equal("enterprise-attack", (string)layer["domain"]!);
        JsonArray techniques = layer["techniques"]!.AsArray();
        Assert.Equal(46, techniques.Count);
        JsonNode t1078 = techniques.Single(t => (string)t!["techniqueID"]! == "T1078")!;
        Assert.Equal(5, (int)t1078["score"]!); // ATT&CK plus PwC, Symantec, the indictment and Securelist
        Assert.Contains("SYM-2020", (string)t1078["comment"]!, StringComparison.Ordinal);
        Assert.NotEmpty(t1078["links"]!.AsArray());
        Assert.DoesNotContain(techniques, t => (string)t!["techniqueID"]! == "T1574.002");
        Assert.Equal(techniques.Max(t => (int)t!["score"]!), (int)layer["gradient"]!["maxValue"]!);
    }

    [Fact]
    public void The_seed_layer_comments_with_the_japanese_evidence()
    {
        JsonArray techniques = SeedLayer()["techniques"]!.AsArray();
        Assert.Equal(["T1027", "T1199"], techniques.Select(t => (string)t!["techniqueID"]!));
        JsonNode t1027 = techniques[0]!;
        Assert.Equal(2, (int)t1027["score"]!); // two evidence sentences
        Assert.Contains("ConfuserExv1.0.0", (string)t1027["comment"]!, StringComparison.Ordinal);
        Assert.Equal(6, t1027["links"]!.AsArray().Count);
    }
}
