using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Semitori.Intel.Tests.Export;

/// <summary>
/// The property tables of the Navigator layer format 4.5 written as checks (types, required fields,
/// allowed values). Written for these tests from the published format document.
/// </summary>
internal static class NavigatorLayerSpec
{
    private static readonly HashSet<string> TopLevel =
    [
        "versions", "name", "description", "domain", "customDataURL", "filters", "sorting", "layout", "hideDisabled", "techniques",
        "gradient", "legendItems", "showTacticRowBackground", "tacticRowBackground", "selectTechniquesAcrossTactics",
        "selectSubtechniquesWithParent", "selectVisibleTechniques", "metadata", "links",
    ];

    private static readonly HashSet<string> TechniqueFields = ["techniqueID", "tactic", "comment", "enabled", "score", "color", "metadata", "links", "showSubtechniques"];
    private static readonly HashSet<string> LayoutFields = ["layout", "showID", "showName", "showAggregateScores", "countUnscored", "aggregateFunction", "expandedSubtechniques"];
    private static readonly HashSet<string> EnterprisePlatforms = ["PRE", "Windows", "Linux", "macOS", "Network", "AWS", "GCP", "Azure", "Azure AD", "Office 365", "SaaS"];

    public static IReadOnlyList<string> Check(JsonObject layer)
    {
        var errors = new List<string>();
        void Require(bool condition, string message)
        {
            if (!condition)
            {
                errors.Add(message);
            }
        }

        foreach ((string key, _) in layer)
        {
            Require(TopLevel.Contains(key), $"unknown field {key}");
        }

        Require(IsString(layer["name"]), "name is required and a string");
        Require((string?)layer["domain"] is "enterprise-attack" or "mobile-attack" or "ics-attack", "domain must be enterprise-attack, mobile-attack or ics-attack");
        if (layer["versions"] is JsonObject versions)
        {
            Require((string?)versions["layer"] == "4.5", "versions.layer must be \"4.5\"");
            Require(IsString(versions["navigator"]) && Version.TryParse((string)versions["navigator"]!, out Version? nav) && nav >= new Version(4, 9, 0), "versions.navigator must be at least 4.9.0");
            Require(versions["attack"] is null || IsString(versions["attack"]), "versions.attack must be a string");
        }

        Require(layer["description"] is null || IsString(layer["description"]), "description must be a string");
        if (layer["filters"] is JsonObject filters && filters["platforms"] is JsonArray platforms)
        {
            Require(platforms.All(p => IsString(p) && EnterprisePlatforms.Contains((string)p!)), "filters.platforms must be enterprise platforms");
        }

        Require(layer["sorting"] is null || (IsNumber(layer["sorting"]) && (int)layer["sorting"]! is >= 0 and <= 3), "sorting must be 0..3");
        if (layer["layout"] is JsonObject layout)
        {
            foreach ((string key, _) in layout)
            {
                Require(LayoutFields.Contains(key), $"unknown layout field {key}");
            }

            Require(layout["layout"] is null || (string?)layout["layout"] is "side" or "flat" or "mini", "layout.layout must be side, flat or mini");
            Require(layout["aggregateFunction"] is null || (string?)layout["aggregateFunction"] is "average" or "min" or "max" or "sum", "layout.aggregateFunction");
            Require(layout["expandedSubtechniques"] is null || (string?)layout["expandedSubtechniques"] is "none" or "all" or "annotated", "layout.expandedSubtechniques");
            foreach (string flag in new[] { "showID", "showName", "showAggregateScores", "countUnscored" })
            {
                Require(layout[flag] is null || IsBool(layout[flag]), $"layout.{flag} must be a boolean");
            }
        }

        foreach (string flag in new[] { "hideDisabled", "showTacticRowBackground", "selectTechniquesAcrossTactics", "selectSubtechniquesWithParent", "selectVisibleTechniques" })
        {
            Require(layer[flag] is null || IsBool(layer[flag]), $"{flag} must be a boolean");
        }

        if (layer["gradient"] is JsonObject gradient)
        {
            Require(gradient["colors"] is JsonArray colors && colors.Count >= 2 && colors.All(c => IsString(c) && Regex.IsMatch((string)c!, "^#[0-9a-fA-F]{6}$")), "gradient.colors needs at least two hex colours");
            Require(IsNumber(gradient["minValue"]) && IsNumber(gradient["maxValue"]) && (double)gradient["maxValue"]! > (double)gradient["minValue"]!, "gradient.maxValue must be > minValue");
        }

        foreach (JsonNode? item in layer["legendItems"]?.AsArray() ?? [])
        {
            Require(IsString(item?["label"]) && IsString(item?["color"]), "legend items need label and color");
        }

        CheckMetadataAndLinks(layer, "layer", Require);
        foreach (JsonNode? node in layer["techniques"]?.AsArray() ?? [])
        {
            JsonObject technique = node!.AsObject();
            string id = (string?)technique["techniqueID"] ?? "?";
            foreach ((string key, _) in technique)
            {
                Require(TechniqueFields.Contains(key), $"{id}: unknown technique field {key}");
            }

            Require(IsString(technique["techniqueID"]) && Regex.IsMatch(id, @"^T\d{4}(\.\d{3})?$"), $"{id}: techniqueID must be T#### or T####.###");
            Require(technique["score"] is null || IsNumber(technique["score"]), $"{id}: score must be a number");
            Require(technique["tactic"] is null || IsString(technique["tactic"]), $"{id}: tactic must be a string");
            Require(technique["comment"] is null || IsString(technique["comment"]), $"{id}: comment must be a string");
            Require(technique["enabled"] is null || IsBool(technique["enabled"]), $"{id}: enabled must be a boolean");
            Require(technique["showSubtechniques"] is null || IsBool(technique["showSubtechniques"]), $"{id}: showSubtechniques must be a boolean");
            CheckMetadataAndLinks(technique, id, Require);
        }

        return errors;
    }

    private static void CheckMetadataAndLinks(JsonObject owner, string where, Action<bool, string> require)
    {
        foreach (JsonNode? item in owner["metadata"]?.AsArray() ?? [])
        {
            require(IsDivider(item) || (IsString(item?["name"]) && IsString(item?["value"])), $"{where}: metadata items need name and value (or divider)");
        }

        foreach (JsonNode? item in owner["links"]?.AsArray() ?? [])
        {
            require(IsDivider(item) || (IsString(item?["label"]) && IsString(item?["url"]) && Regex.IsMatch((string)item!["url"]!, "^[a-z][a-z0-9+.-]*://")), $"{where}: links need label and a url with a protocol");
        }
    }

    private static bool IsDivider(JsonNode? node) => node?["divider"] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    private static bool IsBool(JsonNode? node) => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;
}
