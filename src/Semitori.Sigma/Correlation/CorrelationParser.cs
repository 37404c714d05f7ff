using System.Globalization;
using Semitori.Diagnostics;
using Semitori.Sigma.Loading;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Correlation;

/// <summary>Reads a <c>correlation:</c> section (Sigma correlation rules specification).</summary>
internal static class CorrelationParser
{
    public static SigmaCorrelationRule? Parse(SigmaDocument document, DiagnosticBag diagnostics)
    {
        YamlMappingNode body = document.Body;
        SourceText source = document.Rule.Source;
        bool ok = true;
        void Error(string message, YamlNode at, string? help = null)
        {
            ok = false;
            diagnostics.Error(SigmaDiagnosticCodes.InvalidCorrelation, message, source, YamlHelpers.HeadSpan(at, source), help);
        }

        SigmaCorrelationType type = SigmaCorrelationType.EventCount;
        switch (YamlHelpers.GetString(body, "type"))
        {
            case "event_count": type = SigmaCorrelationType.EventCount; break;
            case "value_count": type = SigmaCorrelationType.ValueCount; break;
            case "temporal": type = SigmaCorrelationType.Temporal; break;
            case "temporal_ordered": type = SigmaCorrelationType.TemporalOrdered; break;
            default: Error("correlation 'type' must be event_count, value_count, temporal or temporal_ordered", YamlHelpers.Get(body, "type") ?? body); break;
        }

        IReadOnlyList<string> references = YamlHelpers.GetStrings(body, "rules");
        if (references.Count == 0)
        {
            Error("correlation needs 'rules' (ids or names of the rules it correlates)", body);
        }

        TimeSpan? timespan = ParseTimespan(YamlHelpers.GetString(body, "timespan") ?? YamlHelpers.GetString(body, "timeframe"));
        if (timespan is null)
        {
            Error("correlation needs a 'timespan' such as 30s, 5m, 1h or 1d", YamlHelpers.Get(body, "timespan") ?? body);
        }

        string op = "gte";
        long threshold = 1;
        string? field = null;
        if (YamlHelpers.Get(body, "condition") is YamlMappingNode condition)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> pair in condition.Children)
            {
                string key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
                string? value = (pair.Value as YamlScalarNode)?.Value;
                if (key == "field")
                {
                    field = value;
                }
                else if (key is "gt" or "gte" or "lt" or "lte" or "eq" && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long bound))
                {
                    op = key;
                    threshold = bound;
                }
                else
                {
                    Error($"unknown correlation condition '{key}: {value}'", pair.Key, "use gt, gte, lt, lte or eq with an integer, and 'field' for value_count");
                }
            }
        }
        else if (type is SigmaCorrelationType.EventCount or SigmaCorrelationType.ValueCount)
        {
            Error("event_count and value_count need a 'condition' such as 'gte: 10'", body);
        }

        if (type == SigmaCorrelationType.ValueCount && field is null)
        {
            Error("value_count needs 'condition: field:' naming the field whose values are counted", body);
        }

        IReadOnlyList<string> groupBy = YamlHelpers.GetStrings(body, "group-by");
        Dictionary<string, IReadOnlyDictionary<string, string>> aliases = [];
        if (YamlHelpers.Get(body, "aliases") is { } aliasNode)
        {
            ParseAliases(aliasNode, aliases, Error);
            foreach (string unused in aliases.Keys.Where(a => !groupBy.Contains(a)))
            {
                diagnostics.Warning(SigmaDiagnosticCodes.InvalidCorrelation, $"alias '{unused}' is not used in group-by, the only place aliases apply", source, YamlHelpers.HeadSpan(aliasNode, source));
            }
        }

        if (!ok)
        {
            return null;
        }

        bool generate = YamlHelpers.Get(body, "generate") is YamlScalarNode g && YamlHelpers.IsBool(g, out bool gen) && gen;
        return new SigmaCorrelationRule
        {
            Rule = document.Rule,
            Type = type,
            RuleReferences = references,
            GroupBy = groupBy,
            Aliases = aliases,
            Timespan = timespan!.Value,
            Operator = op,
            Threshold = threshold,
            ValueField = field,
            Generate = generate,
        };
    }

    /// <summary>
    /// <c>aliases: {alias: {rule name: field}}</c>: one group-by name that reads a differently
    /// named field in the events of each referenced rule (correlation specification, "Field Name
    /// Aliases"). Whether each rule name is referenced is checked when the rules are bound.
    /// </summary>
    private static void ParseAliases(YamlNode node, Dictionary<string, IReadOnlyDictionary<string, string>> aliases, Action<string, YamlNode, string?> error)
    {
        const string Shape = "aliases map an alias name to a mapping of rule name → field name";
        if (node is not YamlMappingNode map)
        {
            error("'aliases' must be a mapping", node, Shape);
            return;
        }

        foreach (KeyValuePair<YamlNode, YamlNode> alias in map.Children)
        {
            string? name = (alias.Key as YamlScalarNode)?.Value;
            if (string.IsNullOrEmpty(name) || alias.Value is not YamlMappingNode fields)
            {
                error($"alias '{name}' must be a mapping of rule names to field names", alias.Key, Shape);
                continue;
            }

            var byRule = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<YamlNode, YamlNode> pair in fields.Children)
            {
                string? rule = (pair.Key as YamlScalarNode)?.Value;
                string? field = pair.Value is YamlScalarNode s && !YamlHelpers.IsNull(s) ? s.Value : null;
                if (string.IsNullOrEmpty(rule) || string.IsNullOrEmpty(field))
                {
                    error($"alias '{name}': each entry must be 'rule name: field name'", pair.Key, Shape);
                    continue;
                }

                byRule[rule] = field;
            }

            aliases[name] = byRule;
        }
    }

    public static TimeSpan? ParseTimespan(string? text)
    {
        if (string.IsNullOrEmpty(text) || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) || n < 0)
        {
            return null;
        }

        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }
}
