using System.Net;
using System.Text.RegularExpressions;

namespace Semitori.Intel.Text;

/// <summary>
/// Turns a report file into the plain text the extractor reads. Offsets reported by the extractor are
/// offsets in this plain text.
/// </summary>
public static partial class ReportText
{
    public static ReportFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ReportFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => ReportFormat.Html,
        _ => ReportFormat.Text,
    };

    public static string ToPlainText(string content, ReportFormat format) => format switch
    {
        ReportFormat.Html => FromHtml(content),
        ReportFormat.Markdown => FromMarkdown(content),
        _ => content.Replace("\r\n", "\n", StringComparison.Ordinal),
    };

    /// <summary>Guesses HTML for stdin input, where there is no file extension.</summary>
    public static ReportFormat Sniff(string content)
    {
        string head = content.TrimStart()[..Math.Min(200, content.TrimStart().Length)];
        return head.StartsWith('<') && HtmlTag().IsMatch(head) ? ReportFormat.Html : ReportFormat.Text;
    }

    private static string FromHtml(string html)
    {
        string text = ScriptOrStyle().Replace(html, " ");
        text = Comment().Replace(text, " ");
        // Block elements end lines so that sentences do not run across paragraphs.
        text = BlockTag().Replace(text, "\n");
        text = HtmlTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u00A0', ' ');
        return ManyBlankLines().Replace(text, "\n\n").Trim();
    }

    private static string FromMarkdown(string markdown)
    {
        string text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        text = MarkdownLink().Replace(text, "$1 $2");
        text = MarkdownHeading().Replace(text, "");
        text = MarkdownEmphasis().Replace(text, "$2");
        text = text.Replace("`", "", StringComparison.Ordinal);
        return text;
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br|/p|p|/div|div|/h[1-6]|h[1-6]|/li|li|/tr|tr|/ul|/ol|/table|/blockquote|/pre|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[A-Za-z!][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\n[ \t]*(\n[ \t]*)+")]
    private static partial Regex ManyBlankLines();

    [GeneratedRegex(@"!?\[([^\]]*)\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"(\*\*|__|\*)([^*_\n]+)\1")]
    private static partial Regex MarkdownEmphasis();
}
