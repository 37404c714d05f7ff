using System.Globalization;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// The only way report sections write HTML. Tag names, classes and ids are the writer's own constants;
/// every value goes through <see cref="HtmlText"/>, and a link is only emitted for an absolute http(s)
/// URL (a rule's <c>reference = "javascript:…"</c> is shown as text). Line ends are "\n" on every
/// platform so that the same report gives the same bytes.
/// </summary>
internal sealed class HtmlMarkup(TextWriter output)
{
    /// <summary>Writes trusted markup: literals of this assembly, never data.</summary>
    public void Raw(string markup) => output.Write(markup);

    public void Line(string markup)
    {
        output.Write(markup);
        output.Write('\n');
    }

    /// <summary>Writes a hostile value as text.</summary>
    public void Text(string? value, int maxLength = HtmlText.MaxValueLength) => output.Write(HtmlText.Encode(value, maxLength));

    public void Number(long value) => output.Write(value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;tag class="…"&gt;value&lt;/tag&gt;</c>; <paramref name="tag"/> and <paramref name="cssClass"/> are constants.</summary>
    public void Element(string tag, string? cssClass, string? value)
    {
        Open(tag, cssClass);
        Text(value);
        Close(tag);
    }

    public void Open(string tag, string? cssClass = null, string? id = null)
    {
        output.Write('<');
        output.Write(tag);
        if (cssClass is not null)
        {
            output.Write(" class=\"");
            output.Write(cssClass);
            output.Write('"');
        }

        if (id is not null)
        {
            output.Write(" id=\"");
            output.Write(HtmlText.Attribute(id));
            output.Write('"');
        }

        output.Write('>');
    }

    public void Close(string tag)
    {
        output.Write("</");
        output.Write(tag);
        output.Write('>');
    }

    /// <summary>A link to an in-page anchor made by <see cref="Anchor"/>.</summary>
    public void LocalLink(string anchor, string? text, string? cssClass = null)
    {
        output.Write("<a href=\"#");
        output.Write(HtmlText.Attribute(anchor));
        output.Write('"');
        if (cssClass is not null)
        {
            output.Write(" class=\"");
            output.Write(cssClass);
            output.Write('"');
        }

        output.Write('>');
        Text(text);
        output.Write("</a>");
    }

    /// <summary>An external link when <paramref name="url"/> is a plain http(s) URL, else the URL as text.</summary>
    public void Link(string url, string? text = null)
    {
        if (!IsSafeUrl(url))
        {
            Element("span", "url", text is null ? url : $"{text} ({url})");
            return;
        }

        output.Write("<a href=\"");
        output.Write(HtmlText.Attribute(url));
        output.Write("\" rel=\"noreferrer noopener\">");
        Text(text ?? url);
        output.Write("</a>");
    }

    /// <summary>An id safe for an attribute and a fragment: letters, digits and '-' kept, anything else replaced.</summary>
    public static string Anchor(string prefix, string key)
    {
        var chars = key.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray();
        return prefix + "-" + new string(chars);
    }

    /// <summary>Absolute http or https, with a host, and nothing hidden or blank in it.</summary>
    public static bool IsSafeUrl(string url) =>
        url.Length is > 0 and <= HtmlText.MaxValueLength
        && !url.Any(c => c <= ' ' || HtmlText.IsHidden(c))
        && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
