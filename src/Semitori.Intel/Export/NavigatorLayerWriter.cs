using System.Text.Json.Nodes;

namespace Semitori.Intel.Export;

/// <summary>
/// Renders the model's techniques as an ATT&amp;CK Navigator layer in format 4.5
/// (mitre-attack/attack-navigator layers/spec/v4.5). Scores are evidence counts (sources for the knowledge
/// base, sentences for a report) and are JSON numbers — the Navigator rejects string scores. No tactic is
/// set, because our sources do not name one; the Navigator then annotates the technique under every tactic.
/// </summary>
public static class NavigatorLayerWriter
{
    /// <summary>The ATT&amp;CK major version the pack's technique ids were checked against (v18.1).</summary>
    public const string AttackVersion = "18";

    /// <summary>
    /// The Navigator application version written in versions.navigator. Layer format 4.5 requires "at least
    /// 4.9.0" there (layers/spec/v4.5/layerformat.md), so it is the app version (5.1.0 in the snapshot the
    /// research used), not the layer version "4.5".
    /// </summary>
    public const string NavigatorVersion = "5.1.0";

    public static JsonObject Write(ExportModel model)
    {
        int max = Math.Max(1, model.Techniques.Count == 0 ? 1 : model.Techniques.Max(t => t.Score));
        var techniques = new JsonArray();
        foreach (ExportTechnique technique in model.Techniques.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            techniques.Add(new JsonObject
            {
                ["techniqueID"] = technique.Id,
                ["score"] = technique.Score,
                ["comment"] = technique.Comment,
                ["enabled"] = true,
                ["metadata"] = new JsonArray(new JsonObject { ["name"] = "name", ["value"] = technique.Name }),
                ["links"] = new JsonArray(technique.Links.DistinctBy(l => l.Url).Select(l => (JsonNode)new JsonObject { ["label"] = l.SourceName, ["url"] = l.Url }).ToArray()),
                ["showSubtechniques"] = false,
            });
        }

        string actor = model.Actor is null ? "report" : model.Actor.AttackId is null ? model.Actor.Name : $"{model.Actor.Name} ({model.Actor.AttackId})";
        return new JsonObject
        {
            ["name"] = Truncate(model.FromReport ? $"{actor} — {model.Title}" : $"{actor} — knowledge pack", 120),
            ["versions"] = new JsonObject { ["attack"] = AttackVersion, ["navigator"] = NavigatorVersion, ["layer"] = "4.5" },
            ["domain"] = "enterprise-attack",
            ["description"] = model.FromReport
                ? "Techniques supported by the report; score = number of evidence sentences; comment = the sentences."
                : "Techniques of the knowledge pack; score = number of sources documenting the procedure.",
            ["filters"] = new JsonObject { ["platforms"] = new JsonArray("Windows") },
            ["sorting"] = 3,
            ["layout"] = new JsonObject
            {
                ["layout"] = "side", ["aggregateFunction"] = "max", ["showID"] = true, ["showName"] = true,
                ["showAggregateScores"] = false, ["countUnscored"] = false, ["expandedSubtechniques"] = "annotated",
            },
            ["hideDisabled"] = false,
            ["techniques"] = techniques,
            ["gradient"] = new JsonObject { ["colors"] = new JsonArray("#ffe5e5", "#ff3333"), ["minValue"] = 0, ["maxValue"] = max },
            ["legendItems"] = new JsonArray(),
            ["metadata"] = new JsonArray(
                new JsonObject { ["name"] = "generator", ["value"] = "semitori intel export" },
                new JsonObject { ["name"] = "as of", ["value"] = model.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            ["links"] = new JsonArray(model.References.Take(20).Select(r => (JsonNode)new JsonObject { ["label"] = r.SourceName, ["url"] = r.Url }).ToArray()),
            ["showTacticRowBackground"] = false,
            ["tacticRowBackground"] = "#dddddd",
            ["selectTechniquesAcrossTactics"] = true,
            ["selectSubtechniquesWithParent"] = false,
            ["selectVisibleTechniques"] = false,
        };
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
