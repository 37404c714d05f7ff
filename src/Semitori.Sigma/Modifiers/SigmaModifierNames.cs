namespace Semitori.Sigma.Modifiers;

/// <summary>Spelling of modifiers in rules (<c>Field|contains|all</c>).</summary>
internal static class SigmaModifierNames
{
    private static readonly Dictionary<string, SigmaModifier> ByName = new(StringComparer.Ordinal)
    {
        ["contains"] = SigmaModifier.Contains,
        ["startswith"] = SigmaModifier.StartsWith,
        ["endswith"] = SigmaModifier.EndsWith,
        ["all"] = SigmaModifier.All,
        ["base64"] = SigmaModifier.Base64,
        ["base64offset"] = SigmaModifier.Base64Offset,
        ["utf16le"] = SigmaModifier.Utf16Le,
        ["utf16be"] = SigmaModifier.Utf16Be,
        ["utf16"] = SigmaModifier.Utf16,
        ["wide"] = SigmaModifier.Wide,
        ["windash"] = SigmaModifier.Windash,
        ["re"] = SigmaModifier.Re,
        ["i"] = SigmaModifier.IgnoreCase,
        ["ignorecase"] = SigmaModifier.IgnoreCase,
        ["m"] = SigmaModifier.Multiline,
        ["multiline"] = SigmaModifier.Multiline,
        ["s"] = SigmaModifier.DotAll,
        ["dotall"] = SigmaModifier.DotAll,
        ["cidr"] = SigmaModifier.Cidr,
        ["lt"] = SigmaModifier.Lt,
        ["lte"] = SigmaModifier.Lte,
        ["gt"] = SigmaModifier.Gt,
        ["gte"] = SigmaModifier.Gte,
        ["exists"] = SigmaModifier.Exists,
        ["fieldref"] = SigmaModifier.FieldRef,
        ["expand"] = SigmaModifier.Expand,
        ["cased"] = SigmaModifier.Cased,
    };

    public static bool TryParse(string name, out SigmaModifier modifier) => ByName.TryGetValue(name, out modifier);
}
