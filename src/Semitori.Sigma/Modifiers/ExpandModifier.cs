using System.Text.RegularExpressions;

namespace Semitori.Sigma.Modifiers;

/// <summary><c>expand</c>: replaces <c>%name%</c> placeholders with configured values (one variant per value).</summary>
internal static partial class ExpandModifier
{
    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex Placeholder();

    /// <summary>Expands; returns the first unresolved placeholder name in <paramref name="missing"/>.</summary>
    public static List<RuleValue> Apply(RuleValue value, IReadOnlyDictionary<string, IReadOnlyList<string>> placeholders, out string? missing)
    {
        missing = null;
        var results = new List<string> { value.AsText() };
        foreach (Match match in Placeholder().Matches(value.AsText()))
        {
            string name = match.Groups[1].Value;
            if (!placeholders.TryGetValue(name, out IReadOnlyList<string>? replacements))
            {
                missing = name;
                return [];
            }

            results = results.SelectMany(r => replacements.Select(v => r.Replace(match.Value, v, StringComparison.Ordinal))).ToList();
        }

        return results.Select(r => new RuleValue(r)).ToList();
    }
}
