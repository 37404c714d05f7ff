using System.Text.RegularExpressions;
using Semitori.Hunting.Reports.Html;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>
/// Values from scanned files and rules are hostile: injected markup, quotes, line breaks, bidi
/// overrides and javascript: links must come out as visible text, never as elements or attributes.
/// </summary>
public sealed partial class HtmlReportEncodingTests
{
    private static readonly Lazy<string> Page = new(() => HtmlReportWriter.ToHtml(ReportSamples.WithFindings(), ReportSamples.Knowledge));

    /// <summary>Every element the writer emits; anything else in the page was injected.</summary>
    private static readonly HashSet<string> WriterTags =
    [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav", "section", "article", "div",
        "h1", "h2", "h3", "h4", "p", "span", "code", "a", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "dl", "dt", "dd",
    ];

    [Fact]
    public void Injected_markup_never_appears_unescaped()
    {
        string html = Page.Value;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover=\"", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"path\">C:\\drop\\&lt;script&gt;alert(1)&lt;/script&gt;.dll</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"rule\">Hostile_&lt;/code&gt;&lt;script&gt;alert(3)&lt;/script&gt;</code>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>&lt;key&gt;</td><td><code>&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(6)&lt;/script&gt;</code></td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_tag_in_the_page_is_one_the_writer_emits()
    {
        var tags = TagPattern().Matches(Page.Value).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();
        Assert.Contains("article", tags);
        Assert.Subset(WriterTags, tags);
        // Every attribute is one the writer sets, so no value broke out of its quotes.
        var attributes = AttributePattern().Matches(Page.Value).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("href", attributes);
        Assert.Contains("rel", attributes);
        Assert.Subset(new HashSet<string> { "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "rel" }, attributes);
    }

    [Fact]
    public void Quotes_line_breaks_and_bidi_overrides_in_a_file_name_are_shown_not_obeyed()
    {
        string html = Page.Value;
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", html, StringComparison.Ordinal);
        string expected = "invoice<span class=\"cc\">U+202E</span>gpj.exe&quot;<span class=\"cc\">U+000A</span>&lt;img src=x onerror=alert(2)&gt;";
        Assert.Contains($"<code class=\"path\">C:\\drop\\{expected}</code>", html, StringComparison.Ordinal);
        Assert.Contains("one<span class=\"cc\">U+000D</span><span class=\"cc\">U+000A</span>two<span class=\"cc\">U+2028</span>three", html, StringComparison.Ordinal);
        // No value puts a raw line break inside a path.
        Assert.All(Regex.Matches(html, "<code class=\"path\">(.*?)</code>", RegexOptions.Singleline), m => Assert.DoesNotContain('\n', m.Groups[1].Value));
    }

    [Fact]
    public void Only_plain_http_links_become_links()
    {
        string html = Page.Value;
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<span class=\"url\">javascript:alert(4)</span>", html, StringComparison.Ordinal);
        // A URL with a quote and a space is not a plain URL: shown as text, its quote escaped.
        Assert.Contains("<span class=\"url\">https://example.test/a&quot; onmouseover=&quot;alert(5)</span>", html, StringComparison.Ordinal);
        Assert.All(Regex.Matches(html, "href=\"([^\"]*)\""), m => Assert.Matches("^(#[A-Za-z0-9_-]+|https?://[^\\s<>\"']+)$", m.Groups[1].Value));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<a href='x'>&</a>", "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")]
    [InlineData("tab\there", "tab<span class=\"cc\">U+0009</span>here")]
    [InlineData("nul\0", "nul<span class=\"cc\">U+0000</span>")]
    [InlineData("c1\u0085", "c1<span class=\"cc\">U+0085</span>")]
    [InlineData("zero\u200Bwidth", "zero<span class=\"cc\">U+200B</span>width")]
    [InlineData("isolate\u2066x\u2069", "isolate<span class=\"cc\">U+2066</span>x<span class=\"cc\">U+2069</span>")]
    [InlineData("bom\uFEFF", "bom<span class=\"cc\">U+FEFF</span>")]
    [InlineData("pair\uD83D\uDE00", "pair\uD83D\uDE00")]
    [InlineData("日本語 ストーンパンダ", "日本語 ストーンパンダ")]
    public void Text_is_escaped_and_hidden_characters_are_marked(string input, string expected) =>
        Assert.Equal(expected, HtmlText.Encode(input));

    [Fact]
    public void A_lone_surrogate_is_marked()
    {
        // Built in code: a lone surrogate does not survive an attribute argument's round trip.
        string input = "lone" + (char)0xD800 + "x" + (char)0xDC00;
        Assert.Equal("lone<span class=\"cc\">U+D800</span>x<span class=\"cc\">U+DC00</span>", HtmlText.Encode(input));
    }

    [Fact]
    public void Long_values_are_cut_with_a_count_and_never_inside_a_surrogate_pair()
    {
        Assert.Equal("abcd<span class=\"cut\">… (6 more characters)</span>", HtmlText.Encode("abcdefghij", 4));
        Assert.Equal("abc<span class=\"cut\">… (3 more characters)</span>", HtmlText.Encode("abc\uD83D\uDE00d", 4));
        string huge = new('x', 100_000);
        Assert.Equal(HtmlText.MaxValueLength + "<span class=\"cut\">… (95,904 more characters)</span>".Length, HtmlText.Encode(huge).Length);
    }

    [Fact]
    public void Attribute_values_escape_quotes_and_replace_hidden_characters()
    {
        Assert.Equal("a&quot;b&#39;c&lt;\uFFFD", HtmlText.Attribute("a\"b'c<\n"));
    }

    [GeneratedRegex("<(!?[A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex TagPattern();

    // Attribute names inside start tags (values are quoted and contain no '>').
    [GeneratedRegex("(?<=<[a-z0-9]+(?: [a-z-]+=\"[^\"]*\")*) ([a-z-]+)=\"")]
    private static partial Regex AttributePattern();
}
