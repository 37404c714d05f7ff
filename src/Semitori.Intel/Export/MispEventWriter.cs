using System.Globalization;
using System.Text.Json.Nodes;
using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Export;

/// <summary>
/// Renders the model as a MISP event in the MISP core format (misp-rfc): an Event with info, date,
/// threat_level_id, analysis, distribution and string-typed numbers, an Attribute list with valid
/// type/category pairs, and galaxy tags (misp-galaxy:threat-actor="APT10", mitre-attack-pattern, country,
/// sector). Numbers are JSON strings and no custom keys are added, because the format's schema forbids them.
/// UUIDs are name-based so a re-export updates the same event instead of creating another.
/// </summary>
public sealed class MispEventWriter
{
    private static readonly Guid MispNamespace = DeterministicId.Uuid5(DeterministicId.StixNamespace, "semitori-misp");

    private readonly KnowledgeBase _kb;

    public MispEventWriter(KnowledgeBase kb) => _kb = kb;

    public JsonObject Write(ExportModel model)
    {
        string eventUuid = Uuid("event", model.Title, model.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        string timestamp = new DateTimeOffset(model.Published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var attributes = new JsonArray();

        void Attribute(string type, string category, string value, bool toIds, string? comment)
        {
            var attribute = new JsonObject
            {
                ["uuid"] = Uuid("attribute", eventUuid, type, value),
                ["type"] = type,
                ["category"] = category,
                ["value"] = value,
                ["to_ids"] = toIds,
                ["distribution"] = "5",
                ["timestamp"] = timestamp,
                ["comment"] = comment is null ? "" : Truncate(comment, 1000),
                ["disable_correlation"] = false,
            };
            attributes.Add(attribute);
        }

        if (model.Actor is not null)
        {
            Attribute("threat-actor", "Attribution", model.Actor.Name, false, model.Actor.Aliases.Count > 0 ? "also named " + string.Join(", ", model.Actor.Aliases) : null);
        }

        foreach (ExportCampaign campaign in model.Campaigns)
        {
            Attribute("campaign-name", "Attribution", campaign.Name, false, campaign.FirstSeen is null ? null : $"first seen {campaign.FirstSeen.Text}");
        }

        foreach (string iso2 in model.Campaigns.SelectMany(c => c.Countries).Distinct(StringComparer.Ordinal))
        {
            Attribute("target-location", "Targeting data", _kb.Country(iso2)?.Name ?? iso2, false, $"ISO 3166-1 {iso2}");
        }

        foreach (ExportParty party in model.Parties.Where(p => p.Role is "member" or "sponsor" or "employer"))
        {
            Attribute("text", "Attribution", party.Name, false, party.Role);
        }

        foreach (ExportIndicator indicator in model.Indicators)
        {
            foreach ((string type, string category, string value, bool toIds) in MispAttributes.For(indicator))
            {
                Attribute(type, category, value, toIds, indicator.Comment);
            }
        }

        foreach (TimelineEvent key in model.KeyDates.Where(d => d.Date.Precision == DatePrecision.Day))
        {
            Attribute("datetime", "Other", key.Date.Start + "T00:00:00.000000+00:00", false, key.Text);
        }

        foreach (ExportReference reference in model.References)
        {
            Attribute("link", "External analysis", reference.Url, false, reference.SourceName);
        }

        return new JsonObject
        {
            ["Event"] = new JsonObject
            {
                ["uuid"] = eventUuid,
                ["info"] = Truncate(model.Actor is null ? model.Title : $"{model.Actor.Name} — {model.Title}", 256),
                ["date"] = model.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["threat_level_id"] = "2",
                ["analysis"] = model.FromReport ? "0" : "2",
                ["distribution"] = "0",
                ["sharing_group_id"] = "0",
                ["published"] = false,
                ["timestamp"] = timestamp,
                ["publish_timestamp"] = "0",
                ["attribute_count"] = attributes.Count.ToString(CultureInfo.InvariantCulture),
                ["Orgc"] = new JsonObject { ["name"] = "Semitori", ["uuid"] = Uuid("org", "semitori") },
                ["Attribute"] = attributes,
                ["Tag"] = Tags(model),
            },
        };
    }

    private JsonArray Tags(ExportModel model)
    {
        var names = new List<string> { "tlp:clear" };
        if (model.Actor?.MispGalaxy is { } galaxy)
        {
            names.Add($"misp-galaxy:threat-actor=\"{galaxy}\"");
        }

        if (model.Actor?.MispIntrusionSet is { } set)
        {
            names.Add($"misp-galaxy:mitre-intrusion-set=\"{set}\"");
        }

        foreach (ExportSoftware software in model.Software.Where(s => s.AttackId is not null))
        {
            names.Add($"misp-galaxy:mitre-{(software.Kind == "malware" ? "malware" : "tool")}=\"{software.Name} - {software.AttackId}\"");
        }

        foreach (ExportTechnique technique in model.Techniques)
        {
            // MISP cluster values use the technique's own name ("DLL - T1574.001"), not "Parent: Sub".
            string name = technique.Name.Contains(": ", StringComparison.Ordinal) ? technique.Name[(technique.Name.IndexOf(": ", StringComparison.Ordinal) + 2)..] : technique.Name;
            names.Add($"misp-galaxy:mitre-attack-pattern=\"{name} - {technique.Id}\"");
        }

        foreach (string iso2 in model.Campaigns.SelectMany(c => c.Countries).Distinct(StringComparer.Ordinal))
        {
            names.Add($"misp-galaxy:country=\"{_kb.Country(iso2)?.MispCountry ?? iso2.ToLowerInvariant()}\"");
        }

        foreach (string key in model.Campaigns.SelectMany(c => c.Sectors).Distinct(StringComparer.Ordinal))
        {
            if (_kb.Sector(key) is { } sector)
            {
                names.Add($"misp-galaxy:sector=\"{sector.MispSector}\"");
            }
        }

        return new JsonArray(names.Distinct(StringComparer.Ordinal).Select(n => (JsonNode)new JsonObject
        {
            ["name"] = n,
            ["colour"] = n.StartsWith("tlp:", StringComparison.Ordinal) ? "#ffffff" : "#0088cc",
            ["exportable"] = true,
        }).ToArray());
    }

    private static string Uuid(params string[] parts) => DeterministicId.Uuid5(MispNamespace, string.Join("\u001f", parts)).ToString();

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
