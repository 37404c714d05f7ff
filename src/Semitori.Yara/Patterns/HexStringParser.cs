namespace Semitori.Yara.Patterns;

/// <summary>
/// Parses YARA hex strings (libyara <c>hex_lexer.l</c>/<c>hex_grammar.y</c>, 4.5 language): bytes,
/// nibble wildcards <c>?A A? ??</c>, the not-operator <c>~XX ~?X ~X?</c> (4.3+), jumps <c>[n]</c>
/// <c>[n-m]</c> <c>[n-]</c> <c>[-]</c> (lazy: YARA reports the shortest gap first), nestable
/// alternatives <c>( A | B )</c>, and <c>//</c>, <c>/* */</c> comments. Never throws.
/// </summary>
public static class HexStringParser
{
    /// <summary>
    /// Parses <paramref name="text"/>, the exact text between <c>{</c> and <c>}</c> of the rule.
    /// Rules enforced as libyara does: a jump cannot start or end the string or an alternative;
    /// <c>[0]</c> and reversed ranges are invalid (<c>[0-0]</c> is valid); bounds above int range
    /// are invalid (4.5.8, #2237); inside an alternation jumps must be bounded and at most
    /// <see cref="PatternLimits.MaxJumpInAlternation"/>; consecutive jumps add up (<c>[1][2]</c> = <c>[3]</c>).
    /// </summary>
    public static PatternParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HexReader(text).Run();
    }
}
