using Semitori.Diagnostics;
using Semitori.Sigma.Loading;
using Semitori.Sigma.Modifiers;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Matching;

/// <summary>
/// Compiles <c>Field|mod1|mod2: value(s)</c>. Value-transforming modifiers (expand, windash,
/// utf16*, base64, base64offset) run left to right and may multiply the values; the remaining
/// modifiers choose how the final values are compared.
/// </summary>
internal static class FieldSearchCompiler
{
    public static SearchNode Compile(string key, YamlNode keyNode, YamlNode valueNode, CompileContext context, bool keyword = false)
    {
        string[] parts = key.Split('|');
        string field = parts[0];
        var modifiers = new List<SigmaModifier>();
        foreach (string name in parts.Skip(1))
        {
            if (SigmaModifierNames.TryParse(name, out SigmaModifier modifier))
            {
                modifiers.Add(modifier);
            }
            else
            {
                context.Error(SigmaDiagnosticCodes.UnknownModifier, $"unknown modifier '{name}'", YamlHelpers.SpanOf(keyNode),
                    "modifiers of Sigma 2: contains startswith endswith all base64 base64offset utf16le utf16be utf16 wide windash re i m s cidr lt lte gt gte exists fieldref expand cased");
            }
        }

        List<(RuleValue Value, YamlNode Node)> values = ReadValues(valueNode);
        if (modifiers.Contains(SigmaModifier.Exists))
        {
            return CompileExists(field, values, valueNode, context);
        }

        bool matchNull = values.Any(v => v.Value.IsNull);
        var matchers = new List<IValueMatcher>();
        foreach ((RuleValue value, YamlNode node) in values.Where(v => !v.Value.IsNull))
        {
            var variants = new List<IValueMatcher>();
            foreach (RuleValue transformed in Transform(value, node, modifiers, context))
            {
                if (CompileMatcher(transformed, node, modifiers, context, keyword) is { } matcher)
                {
                    variants.Add(matcher);
                }
            }

            if (variants.Count > 0)
            {
                matchers.Add(variants.Count == 1 ? variants[0] : new AnyOfMatcher(variants));
            }
        }

        bool all = modifiers.Contains(SigmaModifier.All);
        return keyword ? new KeywordSearch(matchers, all) : new FieldSearch(context.MapField(field), matchers, all, matchNull, exists: null);
    }

    private static SearchNode CompileExists(string field, List<(RuleValue Value, YamlNode Node)> values, YamlNode valueNode, CompileContext context)
    {
        if (values.Count != 1 || values[0].Node is not YamlScalarNode scalar || !YamlHelpers.IsBool(scalar, out bool wanted))
        {
            context.Error(SigmaDiagnosticCodes.InvalidModifierUse, "'exists' takes a single true or false", YamlHelpers.SpanOf(valueNode));
            return new ConstantSearch(false);
        }

        return new FieldSearch(context.MapField(field), [], all: false, matchNull: false, exists: wanted);
    }

    private static List<(RuleValue, YamlNode)> ReadValues(YamlNode node)
    {
        var result = new List<(RuleValue, YamlNode)>();
        IEnumerable<YamlNode> items = node is YamlSequenceNode seq ? seq.Children : [node];
        foreach (YamlNode item in items)
        {
            if (item is YamlScalarNode scalar)
            {
                result.Add((YamlHelpers.IsNull(scalar) ? new RuleValue(null) : new RuleValue(scalar.Value ?? string.Empty, null, YamlHelpers.IsNumber(scalar)), item));
            }
        }

        return result;
    }

    private static IEnumerable<RuleValue> Transform(RuleValue value, YamlNode node, List<SigmaModifier> modifiers, CompileContext context)
    {
        IEnumerable<RuleValue> current = [value];
        foreach (SigmaModifier modifier in modifiers)
        {
            switch (modifier)
            {
                case SigmaModifier.Expand:
                    var expanded = new List<RuleValue>();
                    foreach (RuleValue v in current)
                    {
                        expanded.AddRange(ExpandModifier.Apply(v, context.Placeholders, out string? missing));
                        if (missing is not null)
                        {
                            context.Error(SigmaDiagnosticCodes.UnresolvedPlaceholder, $"placeholder %{missing}% has no value", YamlHelpers.SpanOf(node),
                                $"give it a value with --placeholder {missing}=VALUE (repeatable)");
                        }
                    }

                    current = expanded;
                    break;
                case SigmaModifier.Windash:
                    current = current.SelectMany(WindashModifier.Apply).ToList();
                    break;
                case SigmaModifier.Utf16Le or SigmaModifier.Utf16Be or SigmaModifier.Utf16 or SigmaModifier.Wide:
                    SigmaModifier m = modifier;
                    current = current.SelectMany(v => EncodingModifiers.Utf16(v, m)).ToList();
                    break;
                case SigmaModifier.Base64:
                    current = current.SelectMany(EncodingModifiers.Base64).ToList();
                    break;
                case SigmaModifier.Base64Offset:
                    current = current.SelectMany(EncodingModifiers.Base64Offset).ToList();
                    break;
            }
        }

        return current;
    }

    private static IValueMatcher? CompileMatcher(RuleValue value, YamlNode node, List<SigmaModifier> modifiers, CompileContext context, bool keyword)
    {
        bool cased = modifiers.Contains(SigmaModifier.Cased);
        SigmaModifier? shape = modifiers.Where(m => m is SigmaModifier.Contains or SigmaModifier.StartsWith or SigmaModifier.EndsWith).Select(m => (SigmaModifier?)m).LastOrDefault();
        string text = value.AsText();
        if (modifiers.Contains(SigmaModifier.Re))
        {
            RegexMatcher? regex = RegexMatcher.TryCreate(text, modifiers.Contains(SigmaModifier.IgnoreCase), modifiers.Contains(SigmaModifier.Multiline), modifiers.Contains(SigmaModifier.DotAll), out string? error);
            if (regex is null)
            {
                context.Error(SigmaDiagnosticCodes.InvalidRegex, $"invalid regular expression: {error}", YamlHelpers.SpanOf(node));
            }

            return regex;
        }

        if (modifiers.Contains(SigmaModifier.Cidr))
        {
            CidrMatcher? cidr = CidrMatcher.TryCreate(text);
            if (cidr is null)
            {
                context.Error(SigmaDiagnosticCodes.InvalidCidr, $"'{text}' is not a CIDR network", YamlHelpers.SpanOf(node), "write e.g. 10.0.0.0/8 or fe80::/10");
            }

            return cidr;
        }

        if (modifiers.FirstOrDefault(m => m is SigmaModifier.Lt or SigmaModifier.Lte or SigmaModifier.Gt or SigmaModifier.Gte) is var comparison
            && comparison is SigmaModifier.Lt or SigmaModifier.Lte or SigmaModifier.Gt or SigmaModifier.Gte)
        {
            if (NumericMatcher.ToNumber(text) is not { } bound)
            {
                context.Error(SigmaDiagnosticCodes.InvalidModifierUse, $"'{comparison.ToString().ToLowerInvariant()}' needs a number, not '{text}'", YamlHelpers.SpanOf(node));
                return null;
            }

            return new NumericMatcher(comparison, bound);
        }

        if (modifiers.Contains(SigmaModifier.FieldRef))
        {
            return new FieldRefMatcher(context.MapField(text), shape, cased);
        }

        // Keywords are full-text searches: a value found anywhere in a field matches.
        string pattern = StringShapes.Apply(text, keyword && shape is null ? SigmaModifier.Contains : shape);
        return new WildcardPattern(pattern, cased);
    }
}
