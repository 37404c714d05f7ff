using System.Text;
using System.Text.Json;
using Semitori.Hunting.Findings;

namespace Semitori.Cli.Commands.Scan;

/// <summary>Renders findings: a readable table, JSON Lines, CSV, or one JSON document (all views of the same records).</summary>
internal static class ScanOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public const string CsvHeader = "level,score,path,rule,source,author,attack,actor,description,reference";

    public static string JsonLine(Finding f) => JsonSerializer.Serialize(f, Json);

    public static string JsonDocument(IReadOnlyList<Finding> findings, object summary) =>
        JsonSerializer.Serialize(new { findings, summary }, new JsonSerializerOptions(Json) { WriteIndented = true });

    public static string CsvLine(Finding f) => string.Join(',', new[]
    {
        f.Level.ToString().ToLowerInvariant(), f.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Path, f.Rule, f.Source,
        f.Author, string.Join(' ', f.Attack), f.Actor, f.Description, f.References.FirstOrDefault() ?? string.Empty,
    }.Select(Csv));

    public static string TableBlock(Finding f)
    {
        var sb = new StringBuilder();
        sb.Append($"[{f.Level.ToString().ToUpperInvariant()}] score {f.Score}  {f.Path}\n");
        sb.Append($"    rule      {f.Rule} ({f.Source}{(f.Author.Length > 0 ? ", author: " + f.Author : string.Empty)})\n");
        if (f.Description.Length > 0)
        {
            sb.Append($"    why       {f.Description}\n");
        }

        if (f.Attack.Count > 0 || f.Actor.Length > 0)
        {
            sb.Append($"    points to {(f.Actor.Length > 0 ? f.Actor : "-")}  ATT&CK {string.Join(", ", f.Attack)}\n");
        }

        foreach (string e in f.Evidence.Take(4))
        {
            sb.Append($"    evidence  {e}\n");
        }

        foreach (string r in f.References.Take(2))
        {
            sb.Append($"    source    {r}\n");
        }

        return sb.ToString();
    }

    // RFC 4180: quote fields with commas, quotes or line breaks; neutralise leading formula characters for spreadsheets.
    private static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
