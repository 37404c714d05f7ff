using System.Globalization;
using System.Text.Json.Nodes;
using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Export;

/// <summary>The intrusion set and the people and organisations around it.</summary>
public sealed partial class StixBundleWriter
{
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
}
