using System.Text.Json.Nodes;
using Json.Schema;

namespace Semitori.Intel.Tests.Export;

/// <summary>
/// Validates bundles against TestData/stix21/bundle.schema.json, a JSON Schema (draft 2020-12) hand-written
/// from the STIX 2.1 specification for these tests (see the schema's $comment); not the OASIS files.
/// </summary>
internal static class StixSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(TestKnowledge.DataPath("stix21", "bundle.schema.json")));

    public static IReadOnlyList<string> Errors(JsonNode bundle)
    {
        EvaluationResults results = Schema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(bundle.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        // The list output also carries the failures of "if" and "not" subschemas, which are not errors of
        // the instance; keep only failures on paths that do not go through those keywords.
        // IsValid decides. The list output also carries failures of "if", "not" and single "anyOf" branches,
        // which are not errors of the instance; they are shown only when nothing else explains the failure.
        var all = (results.Details ?? []).Where(d => d.Errors is not null && !d.IsValid)
            .Select(d => (Path: d.EvaluationPath.ToString(), Text: $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", d.Errors!.Select(e => $"{e.Key} {e.Value}"))}"))
            .ToList();
        var real = all.Where(e => !e.Path.Contains("/if", StringComparison.Ordinal) && !e.Path.Contains("/not", StringComparison.Ordinal) && !e.Path.Contains("/anyOf/", StringComparison.Ordinal)).ToList();
        return (real.Count > 0 ? real : all).Select(e => e.Text).Prepend("schema evaluation failed").ToList();
    }
}
