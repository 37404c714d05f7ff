namespace Semitori.Yara.Syntax;

/// <summary>YARA's reserved words (docs/writingrules.rst, "Keywords").</summary>
internal static class Keywords
{
    private static readonly Dictionary<string, TokenKind> Map = new(StringComparer.Ordinal)
    {
        ["all"] = TokenKind.All, ["and"] = TokenKind.And, ["any"] = TokenKind.Any,
        ["ascii"] = TokenKind.Ascii, ["at"] = TokenKind.At, ["base64"] = TokenKind.Base64,
        ["base64wide"] = TokenKind.Base64Wide, ["condition"] = TokenKind.Condition,
        ["contains"] = TokenKind.Contains, ["defined"] = TokenKind.Defined,
        ["endswith"] = TokenKind.EndsWith, ["entrypoint"] = TokenKind.Entrypoint,
        ["false"] = TokenKind.False, ["filesize"] = TokenKind.Filesize, ["for"] = TokenKind.For,
        ["fullword"] = TokenKind.Fullword, ["global"] = TokenKind.Global, ["import"] = TokenKind.Import,
        ["icontains"] = TokenKind.IContains, ["iendswith"] = TokenKind.IEndsWith,
        ["iequals"] = TokenKind.IEquals, ["in"] = TokenKind.In, ["include"] = TokenKind.Include,
        ["istartswith"] = TokenKind.IStartsWith, ["matches"] = TokenKind.Matches, ["meta"] = TokenKind.Meta,
        ["nocase"] = TokenKind.Nocase, ["none"] = TokenKind.None, ["not"] = TokenKind.Not, ["of"] = TokenKind.Of,
        ["or"] = TokenKind.Or, ["private"] = TokenKind.Private, ["rule"] = TokenKind.Rule,
        ["startswith"] = TokenKind.StartsWith, ["strings"] = TokenKind.Strings, ["them"] = TokenKind.Them,
        ["true"] = TokenKind.True, ["wide"] = TokenKind.Wide, ["xor"] = TokenKind.Xor,
        ["int8"] = TokenKind.IntFunction, ["int16"] = TokenKind.IntFunction, ["int32"] = TokenKind.IntFunction,
        ["int8be"] = TokenKind.IntFunction, ["int16be"] = TokenKind.IntFunction, ["int32be"] = TokenKind.IntFunction,
        ["uint8"] = TokenKind.IntFunction, ["uint16"] = TokenKind.IntFunction, ["uint32"] = TokenKind.IntFunction,
        ["uint8be"] = TokenKind.IntFunction, ["uint16be"] = TokenKind.IntFunction, ["uint32be"] = TokenKind.IntFunction,
    };

    public static TokenKind Classify(string word) => Map.TryGetValue(word, out TokenKind kind) ? kind : TokenKind.Identifier;
}
