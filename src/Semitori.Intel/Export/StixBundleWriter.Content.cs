using System.Globalization;
using System.Text.Json.Nodes;
using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Export;

/// <summary>Software, techniques, campaigns, origins, indicators and the report object.</summary>
public sealed partial class StixBundleWriter
{
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
}
