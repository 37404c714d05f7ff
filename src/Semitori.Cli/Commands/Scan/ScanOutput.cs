using System.Globalization;
using System.Text;
using System.Text.Json;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;

namespace Semitori.Cli.Commands.Scan;

/// <summary>Renders verdicts: a readable table, JSON Lines, CSV, or one JSON document (all views of the same records).</summary>
internal static class ScanOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public const string CsvHeader = "file_level,file_score,path,sha256,level,score,rule,source,author,attack,actor,description,reference,evidence";

    public static IEnumerable<string> JsonLines(FileVerdict v) => v.Findings.Select(f => JsonSerializer.Serialize(FindingLine.Of(v, f), Json));

    public static string JsonDocument(ScanReport report) =>
        JsonSerializer.Serialize(report, new JsonSerializerOptions(Json) { WriteIndented = true });

    public static IEnumerable<string> CsvLines(FileVerdict v) => v.Findings.Select(f => string.Join(',', new[]
    {
        Name(v.Level), Number(v.Score), v.Path, v.Sha256, Name(f.Level), Number(f.Score), f.Rule, f.Source, f.Author, string.Join(' ', f.Attack),
        f.Actor, f.Description, f.References.FirstOrDefault() ?? string.Empty, string.Join(" | ", f.Evidence),
    }.Select(Csv)));

    public static string TableBlock(FileVerdict v)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"[{Name(v.Level).ToUpperInvariant()}] score {v.Score}  {Printable(v.Path)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"    sha256 {v.Sha256}  size {v.Length}\n");
        foreach (Finding f in v.Findings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {f.Score,4}  {Printable(f.Rule)}  ({f.Source}{(f.Author.Length > 0 ? ", author: " + Printable(f.Author) : string.Empty)})\n");
            if (f.Description.Length > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"        why       {Printable(f.Description)}\n");
            }

            if (f.Attack.Count > 0 || f.Actor.Length > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"        points to {(f.Actor.Length > 0 ? f.Actor : "-")}{(f.Attack.Count > 0 ? "  ATT&CK " + string.Join(", ", f.Attack) : string.Empty)}\n");
            }

            foreach (string e in f.Evidence.Take(4))
            {
                sb.Append(CultureInfo.InvariantCulture, $"        evidence  {Printable(e)}\n");
            }

            foreach ((string key, string value) in f.Details ?? new Dictionary<string, string>())
            {
                sb.Append(CultureInfo.InvariantCulture, $"        {key,-9} {Printable(value)}\n");
            }

            foreach (string r in f.References.Take(2))
            {
                sb.Append(CultureInfo.InvariantCulture, $"        source    {Printable(r)}\n");
            }
        }

        return sb.ToString();
    }

    private static string Name(FindingLevel level) => level.ToString().ToLowerInvariant();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    // Paths and matched text come from the evidence: never let them drive the terminal.
    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(char.IsControl(c) ? $"\\x{(int)c:x2}" : c);
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
