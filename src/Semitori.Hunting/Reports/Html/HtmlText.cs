using System.Globalization;
using System.Text;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// HTML encoding for values that come from scanned files, rules and command lines, all of which are
/// hostile: a file may be named <c>&lt;script&gt;…</c>, carry quotes, line breaks or a right-to-left
/// override that makes <c>gpj.exe</c> read as <c>exe.jpg</c>. Text is escaped for element content, and
/// every invisible or layout-changing character (C0/C1 controls, Unicode format characters such as
/// the bidi overrides and zero-width spaces, line and paragraph separators, lone surrogates,
/// noncharacters) is shown as a visible <c>U+XXXX</c> marker so the analyst sees what is really there.
/// </summary>
public static class HtmlText
{
    /// <summary>Characters of one value written before it is cut; a 50 MB "config value" must not make a 50 MB page.</summary>
    public const int MaxValueLength = 4096;

    /// <summary>Encodes <paramref name="value"/> as element content, with visible markers for hidden characters.</summary>
    public static string Encode(string? value, int maxLength = MaxValueLength)
    {
        var sb = new StringBuilder();
        Append(sb, value, maxLength);
        return sb.ToString();
    }

    /// <summary>Encodes <paramref name="value"/> for a double-quoted attribute: hidden characters become U+FFFD (markup cannot go there).</summary>
    public static string Attribute(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (IsHidden(c))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                AppendEscaped(sb, c);
            }
        }

        return sb.ToString();
    }

    /// <summary>True for characters shown as a marker instead of being written.</summary>
    public static bool IsHidden(char c)
    {
        if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            _ => false,
        };
    }

    private static void Append(StringBuilder sb, string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        int end = Math.Min(value.Length, Math.Max(0, maxLength));
        // Do not cut a surrogate pair in half: the half would show as a marker that is not in the data.
        if (end < value.Length && end > 0 && char.IsHighSurrogate(value[end - 1]) && char.IsLowSurrogate(value[end]))
        {
            end--;
        }

        for (int i = 0; i < end; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (IsHidden(c))
            {
                sb.Append("<span class=\"cc\">U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append("</span>");
            }
            else
            {
                AppendEscaped(sb, c);
            }
        }

        if (end < value.Length)
        {
            sb.Append("<span class=\"cut\">… (")
                .Append((value.Length - end).ToString("N0", CultureInfo.InvariantCulture))
                .Append(" more characters)</span>");
        }
    }

    private static void AppendEscaped(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '&': sb.Append("&amp;"); break;
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '"': sb.Append("&quot;"); break;
            case '\'': sb.Append("&#39;"); break;
            default: sb.Append(c); break;
        }
    }
}
