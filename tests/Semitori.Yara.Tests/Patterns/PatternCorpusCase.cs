using System.Text;
using System.Text.Json;

namespace Semitori.Yara.Tests.Patterns;

/// <summary>
/// One applicable case of shared/yara-corpus: a rule with a single regex or hex string, parsed
/// minimally here (pattern text between the slashes or braces, flags, modifiers, condition) so
/// the pattern engine is tested without the rule parser.
/// </summary>
internal sealed record PatternCorpusCase(
    string Id,
    string File,
    string Expect,
    bool IsHex,
    string Pattern,
    bool CaseInsensitive,
    bool DotAll,
    bool Wide,
    bool Ascii,
    bool Fullword,
    string Condition,
    byte[] Data,
    byte[]? Capture,
    byte[]? MatchesSubject)
{
    public static readonly string[] Features = ["regex", "hex", "hex-jump", "hex-wildcard", "hex-alternation", "hex-not"];

    public static string CorpusDirectory =>
        Environment.GetEnvironmentVariable("SEMITORI_YARA_CORPUS") ?? TestPaths.CorpusDir;

    /// <summary>Every case of the pattern features; <paramref name="skipped"/> receives the ones this harness cannot express, with the reason.</summary>
    public static List<PatternCorpusCase> Load(List<(string Id, string Reason)> skipped)
    {
        var cases = new List<PatternCorpusCase>();
        foreach (string file in new[] { "cases.jsonl", "dropped.jsonl" })
        {
            foreach (string line in System.IO.File.ReadLines(Path.Combine(CorpusDirectory, file)))
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (!Features.Contains(root.GetProperty("feature").GetString()))
                {
                    continue;
                }

                string id = root.GetProperty("id").GetString()!;
                string? reason = TryBuild(root, file, out var built);
                if (built is null)
                {
                    skipped.Add((id, reason ?? "unsupported"));
                }
                else
                {
                    cases.Add(built);
                }
            }
        }

        return cases;
    }

    private static string? TryBuild(JsonElement root, string file, out PatternCorpusCase? result)
    {
        result = null;
        string rule = root.GetProperty("rule").GetString()!;
        string expect = root.GetProperty("expect").GetString()!;
        if (!rule.Contains("condition:", StringComparison.Ordinal))
        {
            return "rule text truncated (no condition): the compile error comes from the rule grammar";
        }

        byte[] data = root.TryGetProperty("data_hex", out var hex) ? Convert.FromHexString(hex.GetString()!) : [];
        if (root.TryGetProperty("data_file", out _))
        {
            return "scans a data file";
        }

        byte[]? capture = root.TryGetProperty("capture_hex", out var cap) ? Convert.FromHexString(cap.GetString()!) : null;
        string condition = rule[(rule.IndexOf("condition:", StringComparison.Ordinal) + "condition:".Length)..].Trim().TrimEnd('}').Trim();

        int strings = rule.IndexOf("$a", StringComparison.Ordinal);
        if (strings < 0)
        {
            // condition: "text" matches /re/
            int q1 = condition.IndexOf('"');
            int q2 = q1 < 0 ? -1 : condition.IndexOf('"', q1 + 1);
            int m = condition.IndexOf(" matches ", StringComparison.Ordinal);
            if (q1 != 0 || q2 < 0 || m < 0)
            {
                return "condition is not a single string pattern";
            }

            string re = condition[(m + " matches ".Length)..].Trim();
            if (!TrySplitRegex(re, 0, out string pat, out string flags, out _))
            {
                return "cannot extract regex";
            }

            result = new(ReadId(root), file, expect, false, pat, flags.Contains('i'), flags.Contains('s'), false, true, false,
                "matches", data, capture, Encoding.ASCII.GetBytes(condition[(q1 + 1)..q2]));
            return null;
        }

        int eq = rule.IndexOf('=', strings);
        int p = eq + 1;
        while (p < rule.Length && char.IsWhiteSpace(rule[p]))
        {
            p++;
        }

        string pattern;
        string flagText = string.Empty;
        int after;
        if (rule[p] == '"')
        {
            return "text string (matched by the scanner, not the pattern engine)";
        }

        bool isHex = rule[p] == '{';
        if (isHex)
        {
            int close = FindHexEnd(rule, p + 1);
            pattern = rule[(p + 1)..close];
            after = close + 1;
        }
        else if (!TrySplitRegex(rule, p, out pattern, out flagText, out after))
        {
            return "regex never terminated in the rule text (\\/ escapes the slash): a rule-lexer error";
        }

        string modifiers = rule[after..rule.IndexOf("condition:", StringComparison.Ordinal)];
        var words = modifiers.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w is not ("nocase" or "wide" or "ascii" or "private" or "fullword")))
        {
            return $"modifier handled by the scanner: {string.Join(' ', words)}";
        }

        if (condition is not ("$a" or "all of them") && !condition.StartsWith("!a ==", StringComparison.Ordinal))
        {
            return $"condition handled by the evaluator: {condition}";
        }

        bool wide = words.Contains("wide");
        result = new(ReadId(root), file, expect, isHex, pattern,
            flagText.Contains('i') || words.Contains("nocase"), flagText.Contains('s'), wide, !wide || words.Contains("ascii"), words.Contains("fullword"),
            condition, data, capture, null);
        return null;
    }

    private static string ReadId(JsonElement root) => root.GetProperty("id").GetString()!;

    /// <summary>Reads /.../flags starting at the opening slash: backslash escapes the next character.</summary>
    private static bool TrySplitRegex(string text, int open, out string pattern, out string flags, out int after)
    {
        pattern = flags = string.Empty;
        after = open;
        if (open >= text.Length || text[open] != '/')
        {
            return false;
        }

        int i = open + 1;
        while (i < text.Length && text[i] != '/')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        if (i >= text.Length)
        {
            return false;
        }

        pattern = text[(open + 1)..i];
        int f = i + 1;
        while (f < text.Length && text[f] is 'i' or 's')
        {
            f++;
        }

        flags = text[(i + 1)..f];
        after = f;
        return true;
    }

    private static int FindHexEnd(string rule, int i)
    {
        while (i < rule.Length && rule[i] != '}')
        {
            if (rule[i] == '/' && i + 1 < rule.Length && rule[i + 1] == '/')
            {
                i = rule.IndexOf('\n', i) is var n && n < 0 ? rule.Length : n;
                continue;
            }

            if (rule[i] == '/' && i + 1 < rule.Length && rule[i + 1] == '*')
            {
                int end = rule.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? rule.Length : end + 2;
                continue;
            }

            i++;
        }

        return Math.Min(i, rule.Length);
    }
}
