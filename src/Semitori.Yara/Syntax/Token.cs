using Semitori.Diagnostics;

namespace Semitori.Yara.Syntax;

/// <summary>A token with its span; <see cref="Text"/> is the exact source text of the token.</summary>
internal readonly record struct Token(TokenKind Kind, TextSpan Span, string Text)
{
    public int End => Span.End;

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
