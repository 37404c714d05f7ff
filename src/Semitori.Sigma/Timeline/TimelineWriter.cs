using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Semitori.Sigma.Timeline;

/// <summary>Renders a hunt result as a table, JSON lines or CSV. Every format keeps the rule author.</summary>
public static class TimelineWriter
{
    private const int MaxCell = 100;

    public static void WriteTable(LogHuntResult result, TextWriter output)
    {
        var rows = result.Entries.Select(e => new[]
        {
            Time(e.Time), e.Computer, e.Rule.Level.ToString().ToLowerInvariant(), e.Rule.Title + (e.IsCorrelation ? $" ({e.EventCount} events)" : string.Empty),
            string.Join(" ", e.Rule.AttackIds), e.Rule.Author ?? string.Empty,
            Truncate(string.Join("  ", e.KeyFields.Select(f => $"{f.Key}={f.Value}"))),
        }).ToList();
        string[] header = ["time", "computer", "level", "rule", "att&ck", "author", "key fields"];
        int[] widths = header.Select((h, i) => Math.Min(60, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        widths[^1] = header[^1].Length;
        WriteRow(output, header, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (string[] row in rows)
        {
            WriteRow(output, row, widths);
        }

        output.WriteLine();
        output.WriteLine($"{result.Entries.Count} detections in {result.Records} records from {result.Files} files");
    }

    public static void WriteJsonLines(LogHuntResult result, TextWriter output)
    {
        foreach (TimelineEntry e in result.Entries)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("time", Time(e.Time));
                json.WriteString("computer", e.Computer);
                json.WriteString("level", e.Rule.Level.ToString().ToLowerInvariant());
                json.WriteString("rule", e.Rule.Title);
                json.WriteString("rule_id", e.Rule.Id);
                json.WriteString("rule_author", e.Rule.Author);
                json.WriteString("rule_source", e.Rule.Source.Path);
                json.WriteStartArray("attack");
                foreach (string id in e.Rule.AttackIds)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                json.WriteStartArray("tags");
                foreach (string tag in e.Rule.Tags)
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
                json.WriteString("channel", e.Channel);
                json.WriteString("event_id", e.EventId);
                json.WriteString("record_id", e.RecordId);
                json.WriteString("file", e.File);
                json.WriteBoolean("correlation", e.IsCorrelation);
                json.WriteNumber("event_count", e.EventCount);
                json.WriteStartObject("fields");
                foreach (KeyValuePair<string, string> field in e.KeyFields)
                {
                    json.WriteString(field.Key, field.Value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    public static void WriteCsv(LogHuntResult result, TextWriter output)
    {
        output.WriteLine("time,computer,level,rule,rule_id,rule_author,attack,channel,event_id,record_id,file,key_fields");
        foreach (TimelineEntry e in result.Entries)
        {
            string[] cells =
            [
                Time(e.Time), e.Computer, e.Rule.Level.ToString().ToLowerInvariant(), e.Rule.Title, e.Rule.Id ?? string.Empty, e.Rule.Author ?? string.Empty,
                string.Join(" ", e.Rule.AttackIds), e.Channel ?? string.Empty, e.EventId ?? string.Empty, e.RecordId ?? string.Empty, e.File ?? string.Empty,
                string.Join("; ", e.KeyFields.Select(f => $"{f.Key}={f.Value}")),
            ];
            output.WriteLine(string.Join(",", cells.Select(Csv)));
        }
    }

    private static string Time(DateTime? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? "-";

    private static string Truncate(string text)
    {
        text = text.Replace('\n', ' ').Replace('\r', ' ');
        return text.Length <= MaxCell ? text : text[..(MaxCell - 1)] + "…";
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not evaluate it.
    private static string Csv(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            string cell = cells[i].Length > widths[i] && i < cells.Length - 1 ? cells[i][..(widths[i] - 1)] + "…" : cells[i];
            line.Append(i < cells.Length - 1 ? cell.PadRight(widths[i]) + "  " : cell);
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}
