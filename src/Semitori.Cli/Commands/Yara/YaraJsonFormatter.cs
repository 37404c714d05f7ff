using System.Text;
using System.Text.Json;
using Semitori.Yara;
using Semitori.Yara.Scanning;

namespace Semitori.Cli.Commands.Yara;

/// <summary>
/// Machine output. <c>--jsonl</c>: one object per matching rule per file (and one per error),
/// so <c>jq</c> and line-oriented tools can stream it. <c>--json</c>: the same objects in one
/// document <c>{"matches": [...], "errors": [...], "summary": {...}}</c>. Rule authors from the
/// metadata are kept, as the Detection Rule License asks.
/// </summary>
internal static class YaraJsonFormatter
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string MatchLine(RuleMatch rule, string path)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Compact))
        {
            WriteMatch(w, rule, path);
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static string ErrorLine(string path, string message)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Compact))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteString("error", message);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void WriteMatch(Utf8JsonWriter w, RuleMatch rule, string path)
    {
        w.WriteStartObject();
        w.WriteString("file", path);
        w.WriteString("rule", rule.Rule);
        w.WriteString("namespace", rule.Namespace);
        w.WriteBoolean("matched", rule.Matched);
        w.WriteStartArray("tags");
        foreach (string t in rule.Tags)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
        w.WriteStartObject("meta");
        foreach (var group in rule.Meta.GroupBy(m => m.Key))
        {
            // Meta keys may repeat in YARA (several "hash" entries): repeated keys become arrays.
            var values = group.Select(g => g.Value).ToList();
            w.WritePropertyName(group.Key);
            if (values.Count > 1)
            {
                w.WriteStartArray();
            }

            foreach (object v in values)
            {
                switch (v)
                {
                    case long l: w.WriteNumberValue(l); break;
                    case bool b: w.WriteBooleanValue(b); break;
                    default: w.WriteStringValue(v.ToString()); break;
                }
            }

            if (values.Count > 1)
            {
                w.WriteEndArray();
            }
        }

        w.WriteEndObject();
        w.WriteStartArray("strings");
        foreach (StringMatches s in rule.Strings)
        {
            foreach (StringMatch m in s.Matches)
            {
                w.WriteStartObject();
                w.WriteString("identifier", s.Identifier);
                w.WriteNumber("offset", m.Offset);
                w.WriteNumber("length", m.Length);
                var sb = new StringBuilder();
                YaraTextFormatter.AppendData(sb, m.Data, s.IsHex);
                w.WriteString("data", sb.ToString());
                w.WriteString("data_hex", Convert.ToHexString(m.Data));
                if (m.XorKey >= 0)
                {
                    w.WriteNumber("xor_key", m.XorKey);
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
