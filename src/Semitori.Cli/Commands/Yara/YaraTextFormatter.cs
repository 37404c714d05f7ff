using System.Globalization;
using System.Text;
using Semitori.Yara;
using Semitori.Yara.Scanning;

namespace Semitori.Cli.Commands.Yara;

/// <summary>
/// yara 4.2.3's output lines, byte for byte: <c>[ns:]rule [tags] [meta] path</c>, then
/// <c>0xOFFSET[:LEN]:$id: data</c> per match with -s. Data of hex strings prints as spaced
/// hex bytes, other data as text with non-printables as <c>\xHH</c>; integer metadata prints
/// as <c>name =value</c>, as yara 4.2.3 does.
/// </summary>
internal static class YaraTextFormatter
{
    public static void WriteRule(StringBuilder sb, RuleMatch rule, string path, YaraCliOptions o)
    {
        if (o.PrintNamespace)
        {
            sb.Append(rule.Namespace).Append(':');
        }

        sb.Append(rule.Rule).Append(' ');
        if (o.PrintTags)
        {
            sb.Append('[').Append(string.Join(",", rule.Tags)).Append("] ");
        }

        if (o.PrintMeta)
        {
            sb.Append('[');
            for (int i = 0; i < rule.Meta.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                (string key, object value) = (rule.Meta[i].Key, rule.Meta[i].Value);
                sb.Append(value switch
                {
                    string s => $"{key}=\"{s}\"",
                    bool b => $"{key}={(b ? "true" : "false")}",
                    long l => $"{key} ={l.ToString(CultureInfo.InvariantCulture)}",
                    _ => $"{key}={value}",
                });
            }

            sb.Append("] ");
        }

        sb.Append(path).Append('\n');
        if (!o.PrintStrings && !o.PrintStringLength)
        {
            return;
        }

        foreach (StringMatches s in rule.Strings)
        {
            foreach (StringMatch m in s.Matches)
            {
                sb.Append("0x").Append(m.Offset.ToString("x", CultureInfo.InvariantCulture));
                if (o.PrintStringLength)
                {
                    sb.Append(':').Append(m.Length.ToString(CultureInfo.InvariantCulture));
                }

                sb.Append(':').Append(s.Identifier);
                if (o.PrintStrings)
                {
                    sb.Append(": ");
                    AppendData(sb, m.Data, s.IsHex);
                }

                sb.Append('\n');
            }
        }
    }

    public static void AppendData(StringBuilder sb, byte[] data, bool hex)
    {
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            if (hex)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else if (b is >= 32 and <= 126)
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append("\\x").Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
    }
}
