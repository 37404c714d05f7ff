using System.Text;
using System.Text.RegularExpressions;
using Semitori.Intel.Text;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Undoes the defanging forms analysts use so IOCs can be matched and never ingested defanged
/// (OpenCTI connectors #6385). The catalogue is the one documented by iocextract and ioc_fanger
/// (research notes §4.1), re-implemented here: dots in brackets, braces or parentheses (also partial:
/// "1[.1", "foo].[com"), "\.", [dot]/(dot)/{dot}/" DOT ", hxxp/hXXp/h**p, "[:]", "[://]", ":\\",
/// "[/]", [@]/(@)/[at]/(at), plus Japanese text: full-width characters (folded first) and an ideographic
/// full stop between ASCII letters or digits. Commas in IPs are not refanged: "1,2,3,4" is far more often
/// a list than an address.
/// </summary>
public static partial class Refanger
{
    public static RefangedText Refang(string original)
    {
        string folded = WidthFolding.Fold(original);
        var text = new StringBuilder(folded.Length);
        var starts = new List<int>(folded.Length);
        var ends = new List<int>(folded.Length);
        int position = 0;
        foreach (Match match in Defang().Matches(folded))
        {
            string? replacement = Replacement(match, folded);
            if (replacement is null)
            {
                continue;
            }

            CopyVerbatim(folded, position, match.Index, text, starts, ends);
            foreach (char c in replacement)
            {
                text.Append(c);
                starts.Add(match.Index);
                ends.Add(match.Index + match.Length);
            }

            position = match.Index + match.Length;
        }

        CopyVerbatim(folded, position, folded.Length, text, starts, ends);
        return new RefangedText(original, text.ToString(), starts.ToArray(), ends.ToArray());
    }

    private static void CopyVerbatim(string source, int from, int to, StringBuilder text, List<int> starts, List<int> ends)
    {
        for (int i = from; i < to; i++)
        {
            text.Append(source[i]);
            starts.Add(i);
            ends.Add(i + 1);
        }
    }

    private static string? Replacement(Match match, string text)
    {
        if (match.Groups["scheme"].Success)
        {
            // hxxp → http, hxxps → https; the scheme's own "s" is kept by the pattern.
            return (match.Value.StartsWith('f') || match.Value.StartsWith('F') ? "ftp" : "http") + match.Groups["s"].Value;
        }

        if (match.Groups["sep"].Success)
        {
            return "://";
        }

        if (match.Groups["colon"].Success)
        {
            return ":";
        }

        if (match.Groups["slash"].Success)
        {
            return "/";
        }

        if (match.Groups["at"].Success)
        {
            return "@";
        }

        if (match.Groups["dot"].Success)
        {
            return ".";
        }

        if (match.Groups["worddot"].Success || match.Groups["jadot"].Success)
        {
            // Only between ASCII letters/digits: "。" ends Japanese sentences and " dot " is English prose.
            bool before = match.Index > 0 && IsAsciiAlnum(text[match.Index - 1]);
            int after = match.Index + match.Length;
            bool next = after < text.Length && IsAsciiAlnum(text[after]);
            return before && next ? "." : null;
        }

        return null;
    }

    private static bool IsAsciiAlnum(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    [GeneratedRegex("""
        (?<scheme>(?<![A-Za-z0-9])(?:h(?:xx|XX|Xx|xX|\*\*|tt)p|fxp)(?<s>s?)(?=(?:\[?:\]?|\[://\]|__|:\\\\)))
        |(?<sep>\[://\]|\[:\]//|(?<=https?):\\\\|(?<=https?)__)
        |(?<colon>\[:\]|\(:\))
        |(?<slash>\[/\])
        |(?<at>\s?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\})\s?)
        |(?<dot>\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|<dot>)\s?|\]\.\[|\\\.|(?<=[A-Za-z0-9])\[\.(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\.\](?=[A-Za-z0-9]))
        |(?<worddot>\s(?:DOT|dot|-dot-)\s|-dot-|\sDOT\s)
        |(?<jadot>。)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Defang();
}
