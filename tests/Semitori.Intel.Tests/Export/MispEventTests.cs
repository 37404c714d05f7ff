using System.Text.Json;
using System.Text.Json.Nodes;
using Semitori.Intel.Export;

namespace Semitori.Intel.Tests.Export;

/// <summary>
/// MISP events against the MISP core format rules (misp-rfc misp-core-format): required keys, numbers as
/// strings, valid type/category pairs (TestData/misp/category-types.json), no custom keys, galaxy tags.
/// Instance-assigned ids (id, org_id, orgc_id, event_id) are left out on purpose: the receiving MISP sets them.
/// </summary>
public class MispEventTests
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> CategoryTypes = new(() =>
        JsonNode.Parse(File.ReadAllText(TestKnowledge.DataPath("misp", "category-types.json")))!["category_type_mappings"]!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.AsArray().Select(t => (string)t!).ToHashSet()));

    private static readonly HashSet<string> EventKeys =
    [
        "uuid", "info", "date", "threat_level_id", "analysis", "distribution", "sharing_group_id", "published", "timestamp",
        "publish_timestamp", "attribute_count", "Orgc", "Attribute", "Tag",
    ];

    private static readonly HashSet<string> AttributeKeys =
        ["uuid", "type", "category", "value", "to_ids", "distribution", "timestamp", "comment", "disable_correlation"];

    private static JsonObject Event(string which)
    {
        ExportModel model = which == "seed"
            ? ExportModelBuilder.FromExtraction(TestKnowledge.Seed, TestKnowledge.Kb)
            : ExportModelBuilder.FromKnowledge(TestKnowledge.Kb, TestKnowledge.Kb.FindActor("apt10")!);
        return JsonNode.Parse(new MispEventWriter(TestKnowledge.Kb).Write(model).ToJsonString())!["Event"]!.AsObject();
    }

    public static TheoryData<string> Events() => ["knowledge", "seed"];

    [Theory]
    [MemberData(nameof(Events))]
    public void Follows_the_core_format(string which)
    {
        JsonObject e = Event(which);
        Assert.All(e, p => Assert.Contains(p.Key, EventKeys));
        foreach (string key in new[] { "uuid", "info", "date", "threat_level_id", "analysis", "distribution", "published", "timestamp", "Attribute", "Tag" })
        {
            Assert.True(e.ContainsKey(key), $"missing {key}");
        }

        Assert.True(Guid.TryParse((string)e["uuid"]!, out _));
        Assert.InRange(((string)e["info"]!).Length, 1, 256);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)e["date"]!);
        Assert.Contains((string)e["threat_level_id"]!, new[] { "1", "2", "3", "4" });
        Assert.Contains((string)e["analysis"]!, new[] { "0", "1", "2" });
        Assert.Contains((string)e["distribution"]!, new[] { "0", "1", "2", "3", "4" });
        Assert.Equal(JsonValueKind.False, e["published"]!.GetValueKind());
        Assert.Matches(@"^\d+$", (string)e["timestamp"]!);
        Assert.Equal(e["Attribute"]!.AsArray().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)e["attribute_count"]!);

        foreach (JsonObject attribute in e["Attribute"]!.AsArray().Select(a => a!.AsObject()))
        {
            Assert.All(attribute, p => Assert.Contains(p.Key, AttributeKeys));
            string type = (string)attribute["type"]!, category = (string)attribute["category"]!;
            Assert.True(CategoryTypes.Value.TryGetValue(category, out HashSet<string>? types) && types.Contains(type), $"{type} is not valid in category {category}");
            Assert.False(string.IsNullOrEmpty((string?)attribute["value"]));
            Assert.True(attribute["to_ids"]!.GetValueKind() is JsonValueKind.True or JsonValueKind.False);
            Assert.True(Guid.TryParse((string)attribute["uuid"]!, out _));
            Assert.Contains((string)attribute["distribution"]!, new[] { "0", "1", "2", "3", "4", "5" });
        }

        var uuids = e["Attribute"]!.AsArray().Select(a => (string)a!["uuid"]!).ToList();
        Assert.Equal(uuids.Count, uuids.Distinct().Count());
        foreach (JsonObject tag in e["Tag"]!.AsArray().Select(t => t!.AsObject()))
        {
            Assert.Equal(["name", "colour", "exportable"], tag.Select(p => p.Key));
            Assert.Matches(@"^(tlp:[a-z+]+|misp-galaxy:[a-z-]+=""[^""]+"")$", (string)tag["name"]!);
            Assert.Matches("^#[0-9a-f]{6}$", (string)tag["colour"]!);
        }
    }

    [Fact]
    public void The_seed_event_carries_galaxy_tags_targets_and_the_export()
    {
        JsonObject e = Event("seed");
        var tags = e["Tag"]!.AsArray().Select(t => (string)t!["name"]!).ToList();
        Assert.Contains("misp-galaxy:threat-actor=\"APT10\"", tags);
        Assert.Contains("misp-galaxy:mitre-intrusion-set=\"menuPass - G0045\"", tags);
        Assert.Contains("misp-galaxy:mitre-tool=\"QuasarRAT - S0262\"", tags);
        Assert.Contains("misp-galaxy:mitre-malware=\"FYAnti - S0628\"", tags);
        Assert.Contains("misp-galaxy:mitre-attack-pattern=\"Trusted Relationship - T1199\"", tags);
        Assert.Contains("misp-galaxy:country=\"japan\"", tags);
        Assert.Contains("misp-galaxy:sector=\"Automotive\"", tags);
        Assert.Equal(16, tags.Count(t => t.StartsWith("misp-galaxy:country=", StringComparison.Ordinal)));

        var attributes = e["Attribute"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(6, attributes.Count(a => (string)a["type"]! == "link"));
        Assert.DoesNotContain(attributes, a => (string)a["type"]! is "url" or "domain");
        Assert.Single(attributes, a => (string)a["type"]! == "threat-actor" && (string)a["value"]! == "APT10");
        Assert.Equal(16, attributes.Count(a => (string)a["type"]! == "target-location"));
        Assert.Single(attributes, a => (string)a["type"]! == "yara" && ((string)a["value"]!).Contains("pe.exports(\"FuckYouAnti\")", StringComparison.Ordinal));
        Assert.Single(attributes, a => (string)a["type"]! == "pattern-in-file" && (string)a["value"]! == "FuckYouAnti");
        Assert.Equal(["2018-12-21", "2018-12-20", "2018-12-17"],
            attributes.Where(a => (string)a["type"]! == "datetime").Select(a => ((string)a["value"]!)[..10]));
    }

    [Fact]
    public void Uuids_are_stable_across_exports() =>
        Assert.Equal(Event("seed").ToJsonString(), Event("seed").ToJsonString());
}
