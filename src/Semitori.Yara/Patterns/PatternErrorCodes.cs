namespace Semitori.Yara.Patterns;

/// <summary>
/// Stable codes of <see cref="PatternError"/>. RX = regular expression, HX = hex string,
/// PW = performance warning. The messages follow libyara's wording where it has one.
/// </summary>
public static class PatternErrorCodes
{
    /// <summary>Unbalanced parentheses: a missing <c>)</c> or an unmatched <c>)</c>.</summary>
    public const string UnbalancedParenthesis = "RX001";

    /// <summary>A quantifier with nothing (or an anchor, or another quantifier) to repeat.</summary>
    public const string NothingToRepeat = "RX002";

    /// <summary>An empty regex, empty group <c>()</c> or leading empty alternative <c>(|a)</c> (libyara grammar rejects them).</summary>
    public const string EmptyExpression = "RX003";

    /// <summary>A bad escape: <c>\x</c> without two hex digits, or a trailing backslash.</summary>
    public const string InvalidEscape = "RX004";

    /// <summary>"missing terminating ] for character class".</summary>
    public const string UnterminatedClass = "RX005";

    /// <summary>"bad character range" (<c>[b-a]</c>, or a class escape as a range end).</summary>
    public const string BadCharacterRange = "RX006";

    /// <summary>"repeat interval too large" (a bound above <see cref="PatternLimits.MaxRepeat"/>).</summary>
    public const string RepeatTooLarge = "RX007";

    /// <summary>"bad repeat interval" (<c>{3,2}</c>).</summary>
    public const string BadRepeatInterval = "RX008";

    /// <summary>The pattern exceeds a size limit of <see cref="PatternLimits"/> (nodes, nesting, program size).</summary>
    public const string TooComplex = "RX009";

    /// <summary>
    /// Greedy and lazy quantifiers in one regex: an error for string declarations only
    /// (<see cref="PatternParseResult.StringDeclarationError"/>).
    /// </summary>
    public const string MixedGreediness = "RX010";

    /// <summary>A hex byte with an odd number of digits or an unexpected character.</summary>
    public const string InvalidHexByte = "HX001";

    /// <summary>"invalid jump length" / "invalid jump range" (<c>[0]</c>, <c>[3-2]</c>, bounds above int range).</summary>
    public const string InvalidJump = "HX002";

    /// <summary>A jump at the start or end of the hex string or of an alternative.</summary>
    public const string JumpAtEdge = "HX003";

    /// <summary>"unbounded jumps not allowed inside alternation (|)".</summary>
    public const string UnboundedJumpInAlternation = "HX004";

    /// <summary>"jumps over 200 not allowed inside alternation (|)" (YR_STRING_CHAINING_THRESHOLD).</summary>
    public const string JumpTooLargeInAlternation = "HX005";

    /// <summary>Any other hex string syntax error (empty string or alternative, unbalanced parentheses, misplaced <c>~</c>).</summary>
    public const string HexSyntax = "HX006";

    /// <summary>An unterminated <c>/* */</c> comment inside a hex string.</summary>
    public const string UnterminatedComment = "HX007";

    /// <summary>Warning: <c>.*</c>, <c>.+</c> or <c>.{n,}</c> — "consider using .{,N} with a reasonable value for N".</summary>
    public const string UnboundedDotRepeat = "PW001";
}
