using System.Globalization;
using System.Text.RegularExpressions;
using Semitori.Intel.Knowledge;
using Xunit.Abstractions;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>
/// The report as a real browser sees it (headless Chromium): the DOM after parsing still holds the
/// verdict, paths, rules, authors, technique names and aliases, with no element born from a hostile
/// value; the screenshot decodes, has the window's size, an alert-red banner at the top and lines of
/// text below it.
/// </summary>
public sealed partial class HtmlReportBrowserTests(BrowserRendering rendering, ITestOutputHelper output) : IClassFixture<BrowserRendering>
{
    private static readonly KnowledgeBase Kb = ReportSamples.Knowledge;

    /// <summary>Element names the writer emits, plus tbody which the parser adds to tables written without one.</summary>
    private static readonly HashSet<string> WriterTags =
    [
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav", "section", "article", "div",
        "h1", "h2", "h3", "h4", "p", "span", "code", "a", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "dl", "dt", "dd",
    ];

    [SkippableFact]
    public void The_rendered_dom_holds_the_report_content()
    {
        Skip.If(rendering.SkipReason is not null, rendering.SkipReason);
        output.WriteLine($"chromium --dump-dom took {rendering.DomSeconds:0.00} s, --screenshot {rendering.ScreenshotSeconds:0.00} s");
        string dom = rendering.Dom;
        Assert.Contains("<h1>Findings at alert level</h1>", dom, StringComparison.Ordinal);
        foreach (string path in new[] { ReportSamples.LoaderPath, ReportSamples.ScriptPath, ReportSamples.NoticePath })
        {
            Assert.Contains($"<code class=\"path\">{Serialized(path)}</code>", dom, StringComparison.Ordinal);
        }

        foreach (string rule in new[] { "Cicada_Ecipekac_Loader", ReportSamples.ThirdPartyRule, "Cicada_ConfuserEx_v1_0_0_Watermark", "Generic_Packed_Section" })
        {
            Assert.Contains($"<code class=\"rule\">{rule}</code>", dom, StringComparison.Ordinal);
        }

        Assert.Contains($"<span class=\"author\">{ReportSamples.ThirdPartyAuthor}</span>", dom, StringComparison.Ordinal);
        foreach (string id in new[] { "T1574.001", "T1027.002" })
        {
            Assert.Contains($"<span class=\"technique-name\">{Serialized(Kb.Technique(id)!.Name)}</span>", dom, StringComparison.Ordinal);
        }

        foreach (AliasRecord alias in Kb.FindActor("Cicada")!.Aliases)
        {
            Assert.Contains($"<td class=\"alias\">{Serialized(alias.Name)}</td>", dom, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void No_element_is_created_from_a_hostile_value()
    {
        Skip.If(rendering.SkipReason is not null, rendering.SkipReason);
        string dom = rendering.Dom;
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u202E", dom, StringComparison.Ordinal);
        // The parser kept the writer's structure: every element is one the writer emits, in the same numbers.
        var tags = Regex.Matches(dom, "<([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Groups[1].Value.ToLowerInvariant()).ToList();
        Assert.Subset(WriterTags, tags.ToHashSet());
        foreach (string tag in new[] { "article", "dd", "code", "a", "table", "tr", "li" })
        {
            Assert.Equal(Count(rendering.Html, "<" + tag + "[ >]"), Count(dom, "<" + tag + "[ >]"));
        }

        // The hostile names are there, as text.
        Assert.Contains("<code class=\"path\">C:\\drop\\&lt;script&gt;alert(1)&lt;/script&gt;.dll</code>", dom, StringComparison.Ordinal);
        Assert.Contains("invoice<span class=\"cc\">U+202E</span>gpj.exe\"<span class=\"cc\">U+000A</span>&lt;img src=x onerror=alert(2)&gt;", dom, StringComparison.Ordinal);
        Assert.Contains("<span class=\"url\">javascript:alert(4)</span>", dom, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_screenshot_shows_the_alert_banner_over_lines_of_text()
    {
        Skip.If(rendering.SkipReason is not null, rendering.SkipReason);
        PngImage image = PngImage.Decode(rendering.Screenshot);
        Assert.Equal((BrowserRendering.Width, BrowserRendering.Height), (image.Width, image.Height));

        // The banner: the top 120 rows are mostly alert red, with the white headline written on them.
        // The alert colour as the page's stylesheet defines it.
        (byte r, byte g, byte b) alert = Rgb(Regex.Match(rendering.Html, "--alert:(#[0-9a-f]{6})").Groups[1].Value);
        int bannerRows = 120, red = 0, white = 0;
        for (int y = 0; y < bannerRows; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                var p = image[x, y];
                red += Near(p, alert) ? 1 : 0;
                white += Near(p, (255, 255, 255)) ? 1 : 0;
            }
        }

        double total = bannerRows * image.Width;
        output.WriteLine($"banner: {red / total:P1} alert red, {white / total:P2} white");
        Assert.True(red / total > 0.75, $"only {red / total:P1} of the banner area is alert red");
        Assert.True(white / total > 0.005, $"no headline in the banner ({white / total:P2} white)");

        // Below it: lines of dark text on a light page, i.e. many alternations of inked and blank rows.
        int inkRows = 0, alternations = 0;
        bool previousInk = false;
        long dark = 0;
        for (int y = 200; y < image.Height; y++)
        {
            int rowDark = 0;
            for (int x = 0; x < image.Width; x++)
            {
                var p = image[x, y];
                rowDark += (p.R * 299) + (p.G * 587) + (p.B * 114) < 110_000 ? 1 : 0;
            }

            bool ink = rowDark >= 3;
            inkRows += ink ? 1 : 0;
            alternations += ink != previousInk ? 1 : 0;
            previousInk = ink;
            dark += rowDark;
        }

        double darkShare = dark / (double)((image.Height - 200) * image.Width);
        output.WriteLine($"below the banner: {inkRows} inked rows, {alternations} ink/blank alternations, {darkShare:P2} dark pixels");
        Assert.True(alternations >= 20, $"only {alternations} ink/blank alternations: no lines of text");
        Assert.InRange(darkShare, 0.005, 0.5);
    }

    private static bool Near((byte R, byte G, byte B) p, (byte R, byte G, byte B) q) =>
        Math.Abs(p.R - q.R) <= 3 && Math.Abs(p.G - q.G) <= 3 && Math.Abs(p.B - q.B) <= 3;

    private static (byte, byte, byte) Rgb(string hex) =>
        (byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static int Count(string text, string pattern) => Regex.Count(text, pattern);

    // How Chromium serialises a text node: &, <, > and no-break space escaped, quotes left alone.
    private static string Serialized(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);
}
