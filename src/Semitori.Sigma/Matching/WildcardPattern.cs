using System.Text;
using System.Text.RegularExpressions;
using Semitori.Sigma.Events;

namespace Semitori.Sigma.Matching;

/// <summary>
/// A Sigma string value: <c>*</c> and <c>?</c> are wildcards, <c>\*</c> <c>\?</c> <c>\\</c>
/// escape them (a backslash before anything else is literal, as the spec allows). Comparison is
/// case-insensitive unless <c>cased</c>. The four shapes real rules use (exact, prefix, suffix,
/// contains) are compared directly; anything else becomes a regex.
/// </summary>
internal sealed class WildcardPattern : IValueMatcher
{
    private enum Shape { Exact, Prefix, Suffix, Contains, Regex }

    private readonly Shape _shape;
    private readonly string _literal;
    private readonly Regex? _regex;
    private readonly StringComparison _comparison;

    public WildcardPattern(string pattern, bool cased)
    {
        Pattern = pattern;
        _comparison = cased ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        List<(string Text, char? Wildcard)> parts = Split(pattern);
        bool leadingStar = parts.Count > 0 && parts[0].Wildcard == '*' && parts[0].Text.Length == 0;
        string[] literals = parts.Where(p => p.Text.Length > 0).Select(p => p.Text).ToArray();
        int wildcards = parts.Count(p => p.Wildcard is not null);
        bool anyQuestion = parts.Any(p => p.Wildcard == '?');
        _literal = string.Concat(literals);
        if (wildcards == 0)
        {
            _shape = Shape.Exact;
        }
        else if (!anyQuestion && literals.Length <= 1 && wildcards == 1 && !leadingStar && parts[^1].Wildcard == '*')
        {
            _shape = Shape.Prefix;
        }
        else if (!anyQuestion && literals.Length <= 1 && wildcards == 1 && leadingStar)
        {
            _shape = Shape.Suffix;
        }
        else if (!anyQuestion && literals.Length <= 1 && wildcards == 2 && leadingStar && parts[^1].Wildcard == '*')
        {
            _shape = Shape.Contains;
        }
        else
        {
            _shape = Shape.Regex;
            _regex = new Regex(ToRegex(parts), RegexOptions.Singleline | RegexOptions.CultureInvariant | (cased ? RegexOptions.None : RegexOptions.IgnoreCase));
        }
    }

    public string Pattern { get; }

    public bool Matches(object? value, IEvent evt)
    {
        string? text = EventText.ToText(value);
        if (text is null)
        {
            return false;
        }

        return _shape switch
        {
            Shape.Exact => string.Equals(text, _literal, _comparison),
            Shape.Prefix => text.StartsWith(_literal, _comparison),
            Shape.Suffix => text.EndsWith(_literal, _comparison),
            Shape.Contains => text.Contains(_literal, _comparison),
            _ => _regex!.IsMatch(text),
        };
    }

    /// <summary>Escapes text so that it matches literally.</summary>
    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("?", "\\?");

    // Splits into (literal, following wildcard) pairs; a trailing literal has no wildcard.
    private static List<(string Text, char? Wildcard)> Split(string pattern)
    {
        var parts = new List<(string, char?)>();
        var current = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '?' or '\\')
            {
                current.Append(pattern[++i]);
            }
            else if (c is '*' or '?')
            {
                parts.Add((current.ToString(), c));
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0 || parts.Count == 0)
        {
            parts.Add((current.ToString(), null));
        }

        return parts;
    }

    private static string ToRegex(List<(string Text, char? Wildcard)> parts)
    {
        var builder = new StringBuilder("\\A");
        foreach ((string text, char? wildcard) in parts)
        {
            builder.Append(Regex.Escape(text));
            if (wildcard is not null)
            {
                builder.Append(wildcard == '*' ? ".*" : ".");
            }
        }

        return builder.Append("\\z").ToString();
    }
}
