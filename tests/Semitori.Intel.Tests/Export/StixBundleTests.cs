using System.Text.Json;
using System.Text.Json.Nodes;
using Semitori.Intel.Export;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Tests.Export;

/// <summary>
/// STIX 2.1 output for the knowledge base and for the seed extraction: schema validity, round trip,
/// determinism, and the validator's SHOULD checks we care about (202 relationship types, 203 duplicate
/// ids, 215 sectors, 277 countries, 303 indicator name/description).
/// </summary>
public class StixBundleTests
{
    private static JsonObject KnowledgeBundle() =>
        new StixBundleWriter(TestKnowledge.Kb).Write(ExportModelBuilder.FromKnowledge(TestKnowledge.Kb, TestKnowledge.Kb.FindActor("apt10")!));

    private static JsonObject SeedBundle() =>
        new StixBundleWriter(TestKnowledge.Kb).Write(ExportModelBuilder.FromExtraction(TestKnowledge.Seed, TestKnowledge.Kb));

    public static TheoryData<string> Bundles() => ["knowledge", "seed"];

    private static JsonObject Bundle(string which) => which == "seed" ? SeedBundle() : KnowledgeBundle();

    private static IEnumerable<JsonObject> Objects(JsonObject bundle) => bundle["objects"]!.AsArray().Select(o => o!.AsObject());

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Validates_against_the_stix_21_schema(string which)
    {
        IReadOnlyList<string> errors = StixSchema.Errors(Bundle(which));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_schema_rejects_what_the_specification_forbids()
    {
        JsonObject bundle = SeedBundle();
        JsonObject broken = JsonNode.Parse(bundle.ToJsonString())!.AsObject();
        JsonObject first = broken["objects"]!.AsArray().Select(o => o!.AsObject()).First(o => (string)o["type"]! == "intrusion-set");
        first.Remove("name");
        first["created"] = "2020-01-01T00:00:00Z"; // no milliseconds
        Assert.NotEmpty(StixSchema.Errors(broken));

        JsonObject badId = JsonNode.Parse(bundle.ToJsonString())!.AsObject();
        badId["objects"]!.AsArray()[2]!["id"] = "identity--not-a-uuid";
        Assert.NotEmpty(StixSchema.Errors(badId));
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Round_trips_to_the_same_objects(string which)
    {
        JsonObject bundle = Bundle(which);
        string text = bundle.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        JsonObject parsed = JsonNode.Parse(text)!.AsObject();
        Assert.True(JsonNode.DeepEquals(bundle, parsed));
        Assert.Equal(Objects(bundle).Select(o => (string)o["id"]!), Objects(parsed).Select(o => (string)o["id"]!));
        // And writing the same input again gives the same bytes: ids are deterministic.
        Assert.Equal(bundle.ToJsonString(), Bundle(which).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Ids_are_unique_and_every_reference_resolves(string which)
    {
        JsonObject bundle = Bundle(which);
        var ids = Objects(bundle).Select(o => (string)o["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (JsonObject o in Objects(bundle))
        {
            foreach (string reference in References(o))
            {
                Assert.Contains(reference, ids);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Relationships_use_the_types_the_validator_accepts(string which)
    {
        // stix2validator v21 enums RELATIONSHIPS (check 202), for the source/target types we emit.
        var allowed = new Dictionary<string, string[]>
        {
            ["intrusion-set attributed-to"] = ["threat-actor"],
            ["intrusion-set targets"] = ["identity", "location", "vulnerability"],
            ["intrusion-set uses"] = ["attack-pattern", "malware", "tool"],
            ["intrusion-set originates-from"] = ["location"],
            ["campaign attributed-to"] = ["intrusion-set", "threat-actor"],
            ["campaign targets"] = ["identity", "location", "vulnerability"],
            ["malware drops"] = ["malware", "tool"],
            ["indicator indicates"] = ["intrusion-set", "malware", "tool", "campaign", "threat-actor"],
        };
        var types = Objects(Bundle(which)).ToDictionary(o => (string)o["id"]!, o => (string)o["type"]!);
        foreach (JsonObject r in Objects(Bundle(which)).Where(o => (string)o["type"]! == "relationship"))
        {
            string kind = (string)r["relationship_type"]!;
            string source = types[(string)r["source_ref"]!], target = types[(string)r["target_ref"]!];
            if (kind == "related-to")
            {
                continue; // common to all SDOs
            }

            Assert.True(allowed.TryGetValue($"{source} {kind}", out string[]? targets) && targets.Contains(target), $"{source} {kind} {target}");
        }
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Vocabularies_countries_and_indicator_names_follow_the_validator(string which)
    {
        JsonObject bundle = Bundle(which);
        var countries = TestKnowledge.Kb.Countries.Select(c => c.Iso2).ToHashSet();
        foreach (JsonObject o in Objects(bundle))
        {
            foreach (JsonNode? sector in o["sectors"]?.AsArray() ?? [])
            {
                Assert.Contains((string)sector!, StixVocabulary.IndustrySectors); // 215
            }

            if (o["country"] is JsonNode country)
            {
                Assert.Contains((string)country!, countries); // 277
            }

            if ((string)o["type"]! == "indicator")
            {
                Assert.False(string.IsNullOrEmpty((string?)o["name"])); // 303
                Assert.False(string.IsNullOrEmpty((string?)o["description"]));
            }
        }
    }

    [Fact]
    public void The_seed_bundle_says_what_the_article_says()
    {
        var objects = Objects(SeedBundle()).ToList();
        JsonObject set = objects.Single(o => (string)o["type"]! == "intrusion-set");
        Assert.Equal("APT10", (string)set["name"]!);
        Assert.Equal(["Cicada", "StonePanda"], set["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(["MSS Tianjin State Security Bureau", "Ministry of State Security", "Zhang Shilong", "Zhu Hua"],
            objects.Where(o => (string)o["type"]! == "threat-actor").Select(o => (string)o["name"]!).Order(StringComparer.Ordinal));
        JsonObject indicator = objects.Single(o => (string)o["type"]! == "indicator");
        Assert.Equal("yara", (string)indicator["pattern_type"]!);
        Assert.Contains("pe.exports(\"FuckYouAnti\")", (string)indicator["pattern"]!);
        Assert.Contains(objects, o => (string)o["type"]! == "tool" && (string?)o["tool_version"] == "1.0.0");
        JsonObject report = objects.Single(o => (string)o["type"]! == "report");
        Assert.Equal("ja", (string)report["lang"]!);
        Assert.Equal(6, report["external_references"]!.AsArray().Count);
        Assert.Equal(objects.Count - 3, report["object_refs"]!.AsArray().Count); // all but the marking, our identity and the report

        // Vendors are identities that are never the target of a relationship of type "targets".
        var vendorIds = objects.Where(o => (string?)o["description"] == "Reporting organisation (source of claims; never a target).").Select(o => (string)o["id"]!).ToHashSet();
        Assert.Equal(4, vendorIds.Count);
        Assert.DoesNotContain(objects, o => (string?)o["relationship_type"] == "targets" && vendorIds.Contains((string)o["target_ref"]!));

        // No source URL became an indicator; the campaign targets the 16 countries.
        Assert.DoesNotContain(objects, o => ((string?)o["pattern"])?.Contains("url:value", StringComparison.Ordinal) == true);
        string campaign = (string)objects.Single(o => (string)o["type"]! == "campaign" && ((string)o["name"]!).Contains("2019年10月中旬", StringComparison.Ordinal))["id"]!;
        Assert.Equal(16, objects.Count(o => (string?)o["relationship_type"] == "targets" && (string?)o["source_ref"] == campaign && ((string)o["target_ref"]!).StartsWith("location--", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_knowledge_bundle_carries_the_pack()
    {
        var objects = Objects(KnowledgeBundle()).ToList();
        Assert.Equal(46, objects.Count(o => (string)o["type"]! == "attack-pattern"));
        Assert.Equal(7, objects.Count(o => (string)o["type"]! == "campaign"));
        JsonObject set = objects.Single(o => (string)o["type"]! == "intrusion-set");
        Assert.Equal("intrusion-set--834c6f24-8310-560a-a102-f5b00df82fd6", (string)set["id"]!);
        Assert.Equal("2006-01-01T00:00:00Z", (string)set["first_seen"]!);
        Assert.Contains("conflicting claims", (string)set["description"]!, StringComparison.Ordinal);
        Assert.Equal("government", (string)set["resource_level"]!);
    }

    private static IEnumerable<string> References(JsonObject o)
    {
        foreach ((string key, JsonNode? value) in o)
        {
            if (key.EndsWith("_ref", StringComparison.Ordinal) && value is JsonValue)
            {
                yield return (string)value!;
            }
            else if (key.EndsWith("_refs", StringComparison.Ordinal) && value is JsonArray array)
            {
                foreach (JsonNode? item in array)
                {
                    yield return (string)item!;
                }
            }
        }
    }
}
