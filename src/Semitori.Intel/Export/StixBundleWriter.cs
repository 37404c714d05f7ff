using System.Globalization;
using System.Text.Json.Nodes;
using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Export;

/// <summary>
/// Renders an <see cref="ExportModel"/> as a STIX 2.1 bundle: intrusion-set, threat-actor (members and
/// state sponsors), identity (Semitori, reporting vendors, authorities, companies, sector classes),
/// location, malware, tool, attack-pattern, campaign, indicator, vulnerability, relationship and, for a
/// report, a report object. Ids are deterministic (see <see cref="DeterministicId"/>), so the same input
/// gives byte-identical output; the validator's UUIDv4 recommendation (check 103) is knowingly not followed.
/// Relationship types stay inside the validator's list (check 202): there is no "employed-by", so a member's
/// employer is a related-to with a description.
/// </summary>
public sealed partial class StixBundleWriter
{
    private readonly KnowledgeBase _kb;
    private readonly List<JsonObject> _objects = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private string _timestamp = "";
    private string _creator = "";

    public StixBundleWriter(KnowledgeBase kb) => _kb = kb;

    public JsonObject Write(ExportModel model)
    {
        _objects.Clear();
        _ids.Clear();
        _timestamp = model.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z";

        var marking = new JsonObject
        {
            ["type"] = "marking-definition", ["spec_version"] = "2.1", ["id"] = StixVocabulary.TlpWhiteId,
            ["created"] = "2017-01-20T00:00:00.000Z", ["definition_type"] = "tlp", ["name"] = "TLP:WHITE",
            ["definition"] = new JsonObject { ["tlp"] = "white" },
        };
        Add(marking);
        _creator = DeterministicId.Stix("identity", new Dictionary<string, string> { ["name"] = "semitori", ["identity_class"] = "system" });
        Add(Sdo("identity", _creator, "Semitori", o => { o["identity_class"] = "system"; o["description"] = "Semitori threat-hunting toolkit (the producer of this bundle)."; }, creator: false));

        string? actorId = model.Actor is null ? null : WriteActor(model);
        WriteParties(model, actorId);
        Dictionary<string, string> software = WriteSoftware(model, actorId);
        WriteTechniques(model, actorId);
        WriteCampaigns(model, actorId);
        WriteOrigins(model, actorId);
        WriteIndicators(model, actorId, software);
        if (model.FromReport)
        {
            WriteReport(model);
        }

        string bundleId = "bundle--" + DeterministicId.Uuid5(DeterministicId.StixNamespace, string.Join(",", _objects.Select(o => (string)o["id"]!)));
        return new JsonObject { ["type"] = "bundle", ["id"] = bundleId, ["objects"] = new JsonArray(_objects.Select(o => (JsonNode)o).ToArray()) };
    }

    private string Location(string iso2)
    {
        CountryRecord? country = _kb.Country(iso2);
        string name = country?.Name ?? iso2;
        string id = DeterministicId.Stix("location", new Dictionary<string, string> { ["name"] = name.ToLowerInvariant(), ["x_opencti_location_type"] = "Country" });
        if (!_ids.Contains(id))
        {
            Add(Sdo("location", id, name, o =>
            {
                o["country"] = iso2;
                if (country is not null)
                {
                    o["region"] = country.StixRegion;
                }
            }));
        }

        return id;
    }

    private string? SectorIdentity(string key)
    {
        SectorRecord? sector = _kb.Sector(key);
        if (sector is null)
        {
            return null;
        }

        string id = DeterministicId.Stix("identity", new Dictionary<string, string> { ["name"] = sector.Name.ToLowerInvariant(), ["identity_class"] = "class" });
        if (!_ids.Contains(id))
        {
            Add(Sdo("identity", id, sector.Name, o =>
            {
                o["identity_class"] = "class";
                o["sectors"] = Array(sector.StixSectors.Where(StixVocabulary.IndustrySectors.Contains).ToList());
            }));
        }

        return id;
    }

    private static string OrganisationId(string name) =>
        DeterministicId.Stix("identity", new Dictionary<string, string> { ["name"] = name.ToLowerInvariant(), ["identity_class"] = "organization" });

    private void Relate(string type, string source, string target, string? description)
    {
        string id = DeterministicId.Stix("relationship", new Dictionary<string, string> { ["relationship_type"] = type, ["source_ref"] = source, ["target_ref"] = target });
        if (_ids.Contains(id))
        {
            return;
        }

        JsonObject relationship = Sdo("relationship", id, null, o =>
        {
            o["relationship_type"] = type;
            if (description is not null)
            {
                o["description"] = description;
            }

            o["source_ref"] = source;
            o["target_ref"] = target;
        });
        Add(relationship);
    }

    private JsonObject Sdo(string type, string id, string? name, Action<JsonObject> fill, bool creator = true)
    {
        var o = new JsonObject { ["type"] = type, ["spec_version"] = "2.1", ["id"] = id };
        if (creator)
        {
            o["created_by_ref"] = _creator;
        }

        o["created"] = _timestamp;
        o["modified"] = _timestamp;
        if (name is not null)
        {
            o["name"] = name;
        }

        fill(o);
        o["object_marking_refs"] = Array([StixVocabulary.TlpWhiteId]);
        return o;
    }

    private void Add(JsonObject o)
    {
        if (_ids.Add((string)o["id"]!))
        {
            _objects.Add(o);
        }
    }

    private static void AddAliases(JsonObject o, ExportParty party)
    {
        var aliases = party.Names.Where(n => n != party.Name).ToList();
        if (aliases.Count > 0)
        {
            o["aliases"] = Array(aliases);
        }
    }

    private static JsonObject Reference(ExportReference reference)
    {
        var o = new JsonObject { ["source_name"] = reference.SourceName, ["url"] = reference.Url };
        if (reference.Description is not null)
        {
            o["description"] = reference.Description;
        }

        return o;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
