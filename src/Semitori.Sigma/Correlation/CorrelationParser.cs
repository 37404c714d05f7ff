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

        if (YamlHelpers.Get(body, "aliases") is { } aliases)
        {
            diagnostics.Warning(SigmaDiagnosticCodes.Unsupported, "correlation 'aliases' are not applied: group-by fields must have the same name in every referenced rule", source, YamlHelpers.HeadSpan(aliases, source));
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
            GroupBy = YamlHelpers.GetStrings(body, "group-by"),
            Timespan = timespan!.Value,
            Operator = op,
            Threshold = threshold,
            ValueField = field,
            Generate = generate,
        };
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
