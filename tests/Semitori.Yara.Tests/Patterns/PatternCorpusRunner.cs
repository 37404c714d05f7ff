using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Patterns;

/// <summary>Runs one <see cref="PatternCorpusCase"/> through the pattern engine.</summary>
internal static class PatternCorpusRunner
{
    /// <summary>Null when the engine gives the expected result, else a description of the difference.</summary>
    public static string? Check(PatternCorpusCase c)
    {
        var parsed = c.IsHex ? HexStringParser.Parse(c.Pattern) : RegexParser.Parse(c.Pattern, c.CaseInsensitive, c.DotAll);
        bool declaredString = c.MatchesSubject is null;
        var stringError = declaredString ? parsed.StringDeclarationError : null;
        if (c.Expect == "compile_error")
        {
            return parsed.Errors.Count > 0 || stringError is not null ? null : "parsed without error";
        }

        if (stringError is not null)
        {
            return $"unexpected error {stringError.Code}: {stringError.Message}";
        }

        if (parsed.Node is null)
        {
            return $"unexpected error {parsed.Errors[0].Code}: {parsed.Errors[0].Message}";
        }

        if (c.Expect == "compile_ok")
        {
            return null;
        }

        if (c.MatchesSubject is not null)
        {
            var m = PatternMatcher.Create(parsed.Node, new PatternOptions(c.CaseInsensitive, c.DotAll));
            bool found = m.IsMatch(c.MatchesSubject);
            return found == (c.Expect == "match") ? null : $"IsMatch = {found}";
        }

        var matchers = new List<PatternMatcher>();
        if (c.Ascii)
        {
            matchers.Add(PatternMatcher.Create(parsed.Node, new PatternOptions(c.CaseInsensitive, c.DotAll)));
        }

        if (c.Wide)
        {
            matchers.Add(PatternMatcher.Create(parsed.Node, new PatternOptions(c.CaseInsensitive, c.DotAll, Wide: true)));
        }

        var matches = new List<(int Start, int Length)>();
        foreach (var m in matchers)
        {
            for (int s = 0; s <= c.Data.Length; s++)
            {
                int len = m.MatchAt(c.Data, s, m.ScanLimit);
                if (len >= 0 && (!c.Fullword || IsFullword(c.Data, s, len)))
                {
                    matches.Add((s, len));
                }
            }

            // IsMatch must agree with MatchAt whenever matches fit the window.
            if (!c.Fullword && c.Data.Length <= PatternLimits.ScanLimit && m.IsMatch(c.Data) != matches.Count > 0 && matchers.Count == 1)
            {
                return $"IsMatch disagrees with MatchAt ({matches.Count} matches)";
            }
        }

        bool expected = c.Expect == "match";
        if (matches.Count > 0 != expected)
        {
            return matches.Count > 0 ? $"matched at {matches[0].Start} length {matches[0].Length}" : "no match";
        }

        if (!expected)
        {
            return null;
        }

        if (c.Capture is not null && !matches.Any(x => c.Data.AsSpan(x.Start, x.Length).SequenceEqual(c.Capture)))
        {
            var first = matches.OrderBy(x => x.Start).First();
            return $"no match with the expected data; first match: {Convert.ToHexString(c.Data, first.Start, first.Length)}";
        }

        if (c.Condition.StartsWith("!a ==", StringComparison.Ordinal))
        {
            int want = int.Parse(c.Condition["!a ==".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            int got = matches.OrderBy(x => x.Start).First().Length;
            return got == want ? null : $"!a = {got}, expected {want}";
        }

        return null;
    }

    /// <summary>The scanner's fullword rule (narrow form): no alphanumeric byte right before or after.</summary>
    private static bool IsFullword(byte[] data, int start, int length)
    {
        int end = start + length;
        return !(start > 0 && char.IsAsciiLetterOrDigit((char)data[start - 1])) &&
               !(end < data.Length && char.IsAsciiLetterOrDigit((char)data[end]));
    }
}
