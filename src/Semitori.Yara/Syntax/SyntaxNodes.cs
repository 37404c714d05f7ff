using Semitori.Diagnostics;

namespace Semitori.Yara.Syntax;

// The syntax tree: what the rule text says, with spans, before any name is resolved.
// Internal records grouped here because they are one vocabulary, read together.

internal sealed record RuleFileSyntax(SourceText Source, IReadOnlyList<ImportSyntax> Imports, IReadOnlyList<RuleSyntax> Rules);

internal sealed record ImportSyntax(string Module, TextSpan Span);

internal sealed record RuleSyntax(
    string Name,
    TextSpan NameSpan,
    bool IsPrivate,
    bool IsGlobal,
    IReadOnlyList<(string Tag, TextSpan Span)> Tags,
    IReadOnlyList<MetaSyntax> Meta,
    IReadOnlyList<StringSyntax> Strings,
    ExprSyntax? Condition,
    SourceText Source,
    IReadOnlyList<string> Imports);

internal sealed record MetaSyntax(string Key, object Value, TextSpan Span);

internal enum StringKind
{
    Text,
    Hex,
    Regex,
}

internal sealed record ModifierSyntax(TokenKind Kind, TextSpan Span, ExprSyntax? Arg1 = null, ExprSyntax? Arg2 = null, string? TextArg = null, TextSpan TextArgSpan = default);

/// <summary>A string definition; <see cref="Value"/> is the raw token text (quotes/slashes/braces stripped).</summary>
internal sealed record StringSyntax(
    string Identifier,
    TextSpan IdSpan,
    StringKind Kind,
    string Value,
    TextSpan ValueSpan,
    string RegexFlags,
    IReadOnlyList<ModifierSyntax> Modifiers);

internal abstract record ExprSyntax(TextSpan Span);

internal sealed record BoolLiteralSyntax(bool Value, TextSpan Span) : ExprSyntax(Span);

internal sealed record IntLiteralSyntax(long Value, TextSpan Span) : ExprSyntax(Span);

internal sealed record FloatLiteralSyntax(double Value, TextSpan Span) : ExprSyntax(Span);

internal sealed record TextLiteralSyntax(string Raw, TextSpan Span) : ExprSyntax(Span);

internal sealed record RegexLiteralSyntax(string Pattern, string Flags, TextSpan Span) : ExprSyntax(Span);

internal sealed record FilesizeSyntax(TextSpan Span) : ExprSyntax(Span);

internal sealed record EntrypointSyntax(TextSpan Span) : ExprSyntax(Span);

internal sealed record IdentifierSyntax(string Name, TextSpan Span) : ExprSyntax(Span);

internal sealed record MemberAccessSyntax(ExprSyntax Target, string Member, TextSpan Span) : ExprSyntax(Span);

internal sealed record IndexSyntax(ExprSyntax Target, ExprSyntax Index, TextSpan Span) : ExprSyntax(Span);

internal sealed record CallSyntax(ExprSyntax Target, IReadOnlyList<ExprSyntax> Arguments, TextSpan Span) : ExprSyntax(Span);

internal sealed record IntFunctionSyntax(string Function, ExprSyntax Offset, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>$a</c>, <c>$a at x</c>, <c>$a in (x..y)</c>.</summary>
internal sealed record StringMatchSyntax(string Identifier, ExprSyntax? At, RangeSyntax? In, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>#a</c> or <c>#a in (x..y)</c>.</summary>
internal sealed record StringCountSyntax(string Identifier, RangeSyntax? In, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>@a</c>, <c>@a[i]</c> (offset) or <c>!a</c>, <c>!a[i]</c> (length).</summary>
internal sealed record StringPropertySyntax(string Identifier, bool IsLength, ExprSyntax? Index, TextSpan Span) : ExprSyntax(Span);

internal sealed record UnarySyntax(TokenKind Operator, ExprSyntax Operand, TextSpan Span) : ExprSyntax(Span);

internal sealed record BinarySyntax(TokenKind Operator, ExprSyntax Left, ExprSyntax Right, TextSpan Span) : ExprSyntax(Span);

internal sealed record RangeSyntax(ExprSyntax Low, ExprSyntax High, TextSpan Span) : ExprSyntax(Span);

internal enum QuantifierKind
{
    All,
    Any,
    None,
    Expression,
    Percent,
}

internal sealed record QuantifierSyntax(QuantifierKind Kind, ExprSyntax? Expression, TextSpan Span);

/// <summary>One element of a string set: <c>$a</c>, <c>$a*</c>, <c>$*</c>; <c>them</c> is an empty pattern list.</summary>
internal sealed record StringSetSyntax(IReadOnlyList<(string Pattern, TextSpan Span)> Patterns, bool IsThem, TextSpan Span);

/// <summary>A rule set for <c>any of (rule1, prefix*)</c>.</summary>
internal sealed record RuleSetSyntax(IReadOnlyList<(string Pattern, TextSpan Span)> Patterns, TextSpan Span);

/// <summary><c>Q of set [at x | in (x..y)]</c> where set is a string set or a rule set.</summary>
internal sealed record OfSyntax(QuantifierSyntax Quantifier, StringSetSyntax? Strings, RuleSetSyntax? Rules, ExprSyntax? At, RangeSyntax? In, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>for Q of set : (body)</c>.</summary>
internal sealed record ForOfSyntax(QuantifierSyntax Quantifier, StringSetSyntax Strings, ExprSyntax Body, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>for Q v1[, v2] in iterable : (body)</c>.</summary>
internal sealed record ForInSyntax(QuantifierSyntax Quantifier, IReadOnlyList<(string Name, TextSpan Span)> Variables, ExprSyntax Iterable, ExprSyntax Body, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>(e1, e2, ...)</c> as the iterable of a for-in loop.</summary>
internal sealed record EnumerationSyntax(IReadOnlyList<ExprSyntax> Items, TextSpan Span) : ExprSyntax(Span);
