using Semitori.Sigma.Conditions;
using Semitori.Sigma.Loading;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Matching;

/// <summary>
/// Compiles a <c>detection</c> section: each search identifier (a map = AND of fields, a list of
/// maps = OR, a list of strings = keywords) and the condition(s) over them (a list of conditions
/// is an OR, as in the spec).
/// </summary>
internal static class DetectionCompiler
{
    public static SearchNode? Compile(YamlMappingNode detection, CompileContext context)
    {
        var searches = new Dictionary<string, SearchNode>(StringComparer.Ordinal);
        YamlNode? conditionNode = null;
        foreach (KeyValuePair<YamlNode, YamlNode> pair in detection.Children)
        {
            string name = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (name == "condition")
            {
                conditionNode = pair.Value;
            }
            else if (name == "timeframe")
            {
                // Only meaningful with the deprecated aggregations, which are reported on the condition.
            }
            else
            {
                searches[name] = CompileSearch(pair.Value, context);
            }
        }

        if (conditionNode is null)
        {
            context.Error(SigmaDiagnosticCodes.MissingOrInvalidKey, "detection has no 'condition'", YamlHelpers.HeadSpan(detection, context.Source),
                "add e.g. 'condition: selection'");
            return null;
        }

        var conditions = new List<SearchNode>();
        IEnumerable<YamlNode> conditionItems = conditionNode is YamlSequenceNode list ? list.Children : [conditionNode];
        foreach (YamlNode item in conditionItems)
        {
            if (item is not YamlScalarNode { Value: { } text } scalar)
            {
                context.Error(SigmaDiagnosticCodes.MissingOrInvalidKey, "a condition must be a string", YamlHelpers.SpanOf(item));
                continue;
            }

            SearchNode? node = ConditionParser.Parse(text, searches, out ConditionError? error);
            if (error is not null)
            {
                int quote = scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted ? 1 : 0;
                int start = YamlHelpers.SpanOf(scalar).Start + quote + error.Offset;
                context.Error(error.Code, error.Message, new Semitori.Diagnostics.TextSpan(start, Math.Max(1, error.Length)));
            }
            else if (node is not null)
            {
                conditions.Add(node);
            }
        }

        if (context.Failed || conditions.Count == 0)
        {
            return null;
        }

        return conditions.Count == 1 ? conditions[0] : new OrSearch(conditions);
    }

    private static SearchNode CompileSearch(YamlNode node, CompileContext context)
    {
        switch (node)
        {
            case YamlMappingNode map:
                return CompileMap(map, context);
            case YamlSequenceNode seq when seq.Children.All(c => c is YamlMappingNode):
                return new OrSearch(seq.Children.Select(c => CompileMap((YamlMappingNode)c, context)).ToList());
            case YamlSequenceNode or YamlScalarNode:
                return FieldSearchCompiler.Compile(string.Empty, node, node, context, keyword: true);
            default:
                context.Error(SigmaDiagnosticCodes.MissingOrInvalidKey, "a search identifier must be a map, a list of maps or a list of keywords", YamlHelpers.SpanOf(node));
                return new ConstantSearch(false);
        }
    }

    private static SearchNode CompileMap(YamlMappingNode map, CompileContext context)
    {
        var fields = new List<SearchNode>();
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
        {
            string key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (key.Length == 0 || key.StartsWith('|'))
            {
                // A field-less key with modifiers ("|contains: …") is a keyword search with modifiers.
                fields.Add(FieldSearchCompiler.Compile(key.Length == 0 ? string.Empty : "x" + key, pair.Key, pair.Value, context, keyword: true));
                continue;
            }

            fields.Add(FieldSearchCompiler.Compile(key, pair.Key, pair.Value, context));
        }

        return fields.Count == 1 ? fields[0] : new AndSearch(fields);
    }
}
