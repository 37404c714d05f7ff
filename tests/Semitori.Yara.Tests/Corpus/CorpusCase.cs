using System.Text.Json;

namespace Semitori.Yara.Tests.Corpus;

/// <summary>One case of shared/yara-corpus/cases.jsonl (schema in that folder's README).</summary>
internal sealed record CorpusCase(
    string Id,
    string Feature,
    string Expect,
    string Rule,
    string? DataHex,
    string? DataFile,
    string? Warnings,
    string? CaptureHex,
    int? MatchCount,
    IReadOnlyList<string> Modules,
    IReadOnlyList<string> IncludeFiles)
{
    public static IReadOnlyList<CorpusCase> Load(string path)
    {
        var cases = new List<CorpusCase>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            string? Str(string name) => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            IReadOnlyList<string> List(string name) => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            int? count = e.TryGetProperty("match_count", out JsonElement mc) && mc.ValueKind == JsonValueKind.Number ? mc.GetInt32() : null;
            cases.Add(new CorpusCase(Str("id")!, Str("feature")!, Str("expect")!, Str("rule")!, Str("data_hex"), Str("data_file"),
                Str("warnings"), Str("capture_hex"), count, List("modules"), List("include_files")));
        }

        return cases;
    }
}
