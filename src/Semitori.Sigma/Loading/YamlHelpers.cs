using Semitori.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Loading;

/// <summary>Small accessors over YamlDotNet's representation model, with spans for diagnostics.</summary>
internal static class YamlHelpers
{
    public static TextSpan SpanOf(YamlNode node)
    {
        int start = (int)Math.Min(node.Start.Index, int.MaxValue);
        int end = (int)Math.Min(node.End.Index, int.MaxValue);
        if (node is YamlScalarNode && end <= start)
        {
            end = start + 1;
        }

        return TextSpan.FromBounds(start, Math.Max(end, start));
    }

    /// <summary>Span of just the first line of a node (a whole mapping would underline too much).</summary>
    public static TextSpan HeadSpan(YamlNode node, SourceText source)
    {
        TextSpan span = SpanOf(node);
        int lineEnd = source.Text.IndexOf('\n', Math.Min(span.Start, source.Text.Length));
        int end = lineEnd < 0 ? span.End : Math.Min(span.End, lineEnd);
        return TextSpan.FromBounds(span.Start, Math.Max(end, span.Start + 1));
    }

    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } k } && k == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public static string? GetString(YamlMappingNode map, string key) => Get(map, key) is YamlScalarNode s && !IsNull(s) ? s.Value : null;

    public static IReadOnlyList<string> GetStrings(YamlMappingNode map, string key) => Get(map, key) switch
    {
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Where(s => !IsNull(s)).Select(s => s.Value!).ToList(),
        YamlScalarNode s when !IsNull(s) => [s.Value!],
        _ => [],
    };

    /// <summary>YAML 1.2 core-schema null: a plain <c>null</c>, <c>~</c> or empty scalar.</summary>
    public static bool IsNull(YamlScalarNode scalar)
        => scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "null" or "Null" or "NULL" or "~";

    /// <summary>A plain scalar that YAML would read as an integer or float.</summary>
    public static bool IsNumber(YamlScalarNode scalar)
        => scalar.Style == ScalarStyle.Plain && scalar.Value is { Length: > 0 } v
           && double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
           && !v.Contains(' ');

    public static bool IsBool(YamlScalarNode scalar, out bool value)
    {
        value = scalar.Value is "true" or "True" or "TRUE";
        return scalar.Style == ScalarStyle.Plain && (value || scalar.Value is "false" or "False" or "FALSE");
    }
}
