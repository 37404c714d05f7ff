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
public sealed class StixBundleWriter
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

    private string WriteActor(ExportModel model)
    {
        ExportActor actor = model.Actor!;
        string id = DeterministicId.ForName("intrusion-set", actor.Name);
        Add(Sdo("intrusion-set", id, actor.Name, o =>
        {
            string description = actor.Description ?? "";
            if (actor.InferenceNotes.Count > 0)
            {
                description += " Notes: " + string.Join(" ", actor.InferenceNotes.Select(n => n.EndsWith('.') ? n : n + "."));
            }

            if (description.Length > 0)
            {
                o["description"] = description.Trim();
            }

            if (actor.Aliases.Count > 0)
            {
                o["aliases"] = Array(actor.Aliases);
            }

            if (actor.FirstSeen is not null)
            {
                o["first_seen"] = actor.FirstSeen + "T00:00:00Z";
            }

            if (actor.Goals.Count > 0)
            {
                o["goals"] = Array(actor.Goals);
            }

            if (actor.ResourceLevel is not null)
            {
                o["resource_level"] = actor.ResourceLevel;
            }

            if (actor.PrimaryMotivation is not null)
            {
                o["primary_motivation"] = actor.PrimaryMotivation;
            }

            var references = new JsonArray();
            if (actor.AttackId is not null)
            {
                references.Add(new JsonObject { ["source_name"] = "mitre-attack", ["external_id"] = actor.AttackId, ["url"] = $"https://attack.mitre.org/groups/{actor.AttackId}" });
            }

            if (!model.FromReport)
            {
                foreach (ExportReference reference in model.References)
                {
                    references.Add(Reference(reference));
                }
            }

            if (references.Count > 0)
            {
                o["external_references"] = references;
            }
        }));
        return id;
    }

    private void WriteParties(ExportModel model, string? actorId)
    {
        var partyIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ExportParty party in model.Parties)
        {
            string id;
            switch (party.Role)
            {
                case "member":
                    id = DeterministicId.ForName("threat-actor", party.Name);
                    Add(Sdo("threat-actor", id, party.Name, o =>
                    {
                        o["threat_actor_types"] = Array(["nation-state"]);
                        o["roles"] = Array(["agent"]);
                        AddAliases(o, party);
                    }));
                    if (actorId is not null)
                    {
                        Relate("attributed-to", actorId, id, $"{party.Name} is a named member of the intrusion set.");
                    }

                    break;
                case "sponsor":
                    id = DeterministicId.ForName("threat-actor", party.Name);
                    Add(Sdo("threat-actor", id, party.Name, o =>
                    {
                        o["threat_actor_types"] = Array(["nation-state"]);
                        o["roles"] = Array(["sponsor", "director"]);
                        o["resource_level"] = "government";
                        AddAliases(o, party);
                    }));
                    if (actorId is not null)
                    {
                        Relate("attributed-to", actorId, id, "Members acted in association with this state body.");
                    }

                    break;
                default:
                    id = OrganisationId(party.Name);
                    string[] sectors = party.Role switch { "reporter" => ["technology"], "authority" => ["government-national"], _ => [] };
                    Add(Sdo("identity", id, party.Name, o =>
                    {
                        o["identity_class"] = "organization";
                        if (sectors.Length > 0)
                        {
                            o["sectors"] = Array(sectors);
                        }

                        o["description"] = party.Role switch
                        {
                            "reporter" => "Reporting organisation (source of claims; never a target).",
                            "authority" => "Government body that stated or acted on the claims.",
                            _ => party.Note ?? "Organisation named in connection with the intrusion set.",
                        };
                    }));
                    break;
            }

            partyIds[party.Id] = id;
        }

        foreach (ExportParty party in model.Parties)
        {
            if (party.PartOf is not null && partyIds.TryGetValue(party.PartOf, out string? parent))
            {
                Relate("related-to", partyIds[party.Id], parent, $"{party.Name} is a division of {model.Parties.First(p => p.Id == party.PartOf).Name}.");
            }
        }

        foreach (ExportParty member in model.Parties.Where(p => p.Role == "member"))
        {
            foreach (ExportParty employer in model.Parties.Where(p => p.Role == "employer"))
            {
                Relate("related-to", partyIds[member.Id], partyIds[employer.Id], $"{member.Name} worked for {employer.Name}.");
            }
        }
    }

    private Dictionary<string, string> WriteSoftware(ExportModel model, string? actorId)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ExportSoftware software in model.Software)
        {
            string type = software.Kind == "malware" ? "malware" : "tool";
            string id = DeterministicId.ForName(type, software.Name);
            ids[software.Id] = id;
            Add(Sdo(type, id, software.Name, o =>
            {
                if (type == "malware")
                {
                    o["is_family"] = true;
                    o["malware_types"] = Array([StixVocabulary.MalwareType(software.Name)]);
                }
                else
                {
                    o["tool_types"] = Array([software.Name == "QuasarRAT" ? "remote-access" : "unknown"]);
                    if (software.Version is not null)
                    {
                        o["tool_version"] = software.Version;
                    }
                }

                var aliases = software.Aliases.Where(a => a != software.Name).ToList();
                if (aliases.Count > 0)
                {
                    o["aliases"] = Array(aliases);
                }

                if (software.Note is not null)
                {
                    o["description"] = software.Note;
                }

                if (software.AttackId is not null)
                {
                    o["external_references"] = new JsonArray(new JsonObject
                    {
                        ["source_name"] = "mitre-attack", ["external_id"] = software.AttackId, ["url"] = $"https://attack.mitre.org/software/{software.AttackId}",
                    });
                }
            }));
            if (actorId is not null)
            {
                Relate("uses", actorId, id, software.Inferred ? "Knowledge-base inference, not a claim of the report." : null);
            }
        }

        foreach (ExportSoftware software in model.Software.Where(s => s.Kind == "malware"))
        {
            foreach (string dropped in software.Drops.Where(ids.ContainsKey))
            {
                Relate("drops", ids[software.Id], ids[dropped], software.Inferred ? "Knowledge-base inference." : null);
            }
        }

        return ids;
    }

    private void WriteTechniques(ExportModel model, string? actorId)
    {
        foreach (ExportTechnique technique in model.Techniques)
        {
            string id = DeterministicId.Stix("attack-pattern", new Dictionary<string, string> { ["x_mitre_id"] = technique.Id });
            Add(Sdo("attack-pattern", id, technique.Name, o =>
            {
                o["external_references"] = new JsonArray(new JsonObject
                {
                    ["source_name"] = "mitre-attack", ["external_id"] = technique.Id,
                    ["url"] = $"https://attack.mitre.org/techniques/{technique.Id.Replace('.', '/')}",
                });
            }));
            if (actorId is not null)
            {
                Relate("uses", actorId, id, technique.Comment);
            }
        }
    }

    private void WriteCampaigns(ExportModel model, string? actorId)
    {
        foreach (ExportCampaign campaign in model.Campaigns)
        {
            string id = DeterministicId.ForName("campaign", campaign.Name);
            Add(Sdo("campaign", id, campaign.Name, o =>
            {
                string precision = campaign.FirstSeen is null ? "" :
                    $" First seen as stated: \"{campaign.FirstSeen.Text}\" ({campaign.FirstSeen.Precision.ToString().ToLowerInvariant()} precision, {campaign.FirstSeen.Start}/{campaign.FirstSeen.End ?? ".."}).";
                o["description"] = campaign.Description + precision;
                if (campaign.FirstSeen is not null)
                {
                    o["first_seen"] = campaign.FirstSeen.Start + "T00:00:00Z";
                }

                if (campaign.LastSeen is not null)
                {
                    o["last_seen"] = (campaign.LastSeen.End ?? campaign.LastSeen.Start) + "T00:00:00Z";
                }

                o["objective"] = "Intelligence gathering and theft of intellectual property";
            }));
            if (actorId is not null)
            {
                Relate("attributed-to", id, actorId, null);
            }

            foreach (string iso2 in campaign.Countries)
            {
                Relate("targets", id, Location(iso2), null);
            }

            foreach (string key in campaign.Sectors)
            {
                string? sector = SectorIdentity(key);
                if (sector is not null)
                {
                    Relate("targets", id, sector, campaign.PrimarySectors.Contains(key) ? "Primary target sector." : null);
                }
            }
        }
    }

    private void WriteOrigins(ExportModel model, string? actorId)
    {
        if (actorId is null)
        {
            return;
        }

        foreach (string iso2 in model.OriginCountries)
        {
            Relate("originates-from", actorId, Location(iso2), null);
        }
    }

    private void WriteIndicators(ExportModel model, string? actorId, Dictionary<string, string> software)
    {
        string validFrom = model.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        foreach (ExportIndicator indicator in model.Indicators)
        {
            if (indicator.Kind == IocKind.Cve)
            {
                string vulnerability = DeterministicId.ForName("vulnerability", indicator.Value);
                Add(Sdo("vulnerability", vulnerability, indicator.Value, o =>
                    o["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "cve", ["external_id"] = indicator.Value })));
                if (actorId is not null)
                {
                    Relate("targets", actorId, vulnerability, indicator.Comment);
                }

                continue;
            }

            (string pattern, string patternType) = StixPatterns.For(indicator);
            string id = DeterministicId.Stix("indicator", new Dictionary<string, string> { ["pattern"] = pattern });
            Add(Sdo("indicator", id, $"{indicator.Kind}: {indicator.Value}", o =>
            {
                o["description"] = indicator.Comment;
                o["indicator_types"] = Array(["malicious-activity"]);
                o["pattern"] = pattern;
                o["pattern_type"] = patternType;
                o["valid_from"] = validFrom;
            }));
            string? target = indicator.Indicates is not null && software.TryGetValue(indicator.Indicates, out string? sw) ? sw : actorId;
            if (target is not null)
            {
                Relate("indicates", id, target, null);
            }
        }
    }

    private void WriteReport(ExportModel model)
    {
        string published = model.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z";
        string id = DeterministicId.Stix("report", new Dictionary<string, string> { ["name"] = model.Title.Trim().ToLowerInvariant(), ["published"] = published });
        var refs = _objects.Select(o => (string)o["id"]!).Where(i => !i.StartsWith("marking-definition--", StringComparison.Ordinal) && i != _creator).ToArray();
        Add(Sdo("report", id, model.Title, o =>
        {
            o["published"] = published;
            o["report_types"] = Array(["threat-report", "threat-actor"]);
            if (model.Description is not null)
            {
                o["description"] = model.Description;
            }

            if (model.Lang is not null)
            {
                o["lang"] = model.Lang;
            }

            o["object_refs"] = Array(refs);
            if (model.References.Count > 0)
            {
                o["external_references"] = new JsonArray(model.References.Select(r => (JsonNode)Reference(r)).ToArray());
            }
        }));
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
