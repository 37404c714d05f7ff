using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Patterns;

public sealed class RegexParserTests
{
    [Theory]
    [InlineData("", PatternErrorCodes.EmptyExpression, 0)]
    [InlineData(")", PatternErrorCodes.EmptyExpression, 0)]
    [InlineData("abc)", PatternErrorCodes.UnbalancedParenthesis, 3)]
    [InlineData("(abc", PatternErrorCodes.UnbalancedParenthesis, 0)]
    [InlineData("()", PatternErrorCodes.EmptyExpression, 1)]
    [InlineData("(|abc)ef", PatternErrorCodes.EmptyExpression, 1)]
    [InlineData("*a", PatternErrorCodes.NothingToRepeat, 0)]
    [InlineData("a**", PatternErrorCodes.NothingToRepeat, 2)]
    [InlineData("a*??", PatternErrorCodes.NothingToRepeat, 3)]
    [InlineData("a{2}{3}", PatternErrorCodes.NothingToRepeat, 4)]
    [InlineData("^*", PatternErrorCodes.NothingToRepeat, 1)]
    [InlineData("\\b+", PatternErrorCodes.NothingToRepeat, 2)]
    [InlineData("{2}a", PatternErrorCodes.NothingToRepeat, 0)]
    [InlineData("a\\", PatternErrorCodes.InvalidEscape, 1)]
    [InlineData("\\x0", PatternErrorCodes.InvalidEscape, 0)]
    [InlineData("\\xxy", PatternErrorCodes.InvalidEscape, 0)]
    [InlineData("a[b", PatternErrorCodes.UnterminatedClass, 1)]
    [InlineData("a[]b", PatternErrorCodes.UnterminatedClass, 1)]
    [InlineData("[b-a]", PatternErrorCodes.BadCharacterRange, 1)]
    [InlineData("[a-\\d]", PatternErrorCodes.BadCharacterRange, 1)]
    [InlineData("a{32768}", PatternErrorCodes.RepeatTooLarge, 1)]
    [InlineData("a{1,32768}", PatternErrorCodes.RepeatTooLarge, 1)]
    [InlineData("a{40000,}", PatternErrorCodes.RepeatTooLarge, 1)]
    [InlineData("a{99999999999999999999}", PatternErrorCodes.RepeatTooLarge, 1)]
    [InlineData("a{3,2}", PatternErrorCodes.BadRepeatInterval, 1)]
    [InlineData("(a{1000}){1000}", PatternErrorCodes.TooComplex, 0)]
    public void Rejects_invalid_patterns_with_code_and_offset(string pattern, string code, int offset)
    {
        var result = RegexParser.Parse(pattern, false, false);

        Assert.Null(result.Node);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(offset, error.Offset);
        Assert.InRange(error.Offset + error.Length, 0, pattern.Length);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("(abc|)")]
    [InlineData("a||b")]
    [InlineData("a{,0}")]
    [InlineData("a{0}")]
    [InlineData("ab{2 , 3}c")]
    [InlineData("a{")]
    [InlineData("ab{.*}")]
    [InlineData("a{1,2")]
    [InlineData("a}")]
    [InlineData("a]")]
    [InlineData("[]a]")]
    [InlineData("[^]a]")]
    [InlineData("[a-c-e]")]
    [InlineData("[\\x5D-\\x5F]")]
    [InlineData("\\/\\.\\g")]
    [InlineData(".{,}?")]
    [InlineData("a{32767}")]
    [InlineData("é+")]
    [InlineData("\\é[\\é]")]
    public void Accepts_valid_patterns(string pattern)
    {
        var result = RegexParser.Parse(pattern, false, false);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Node);
    }

    [Theory]
    [InlineData("abcd.*efgh", true)]
    [InlineData("abcd.+efgh", true)]
    [InlineData("abcd.{10,}efgh", true)]
    [InlineData("abcd.{,10}efgh", false)]
    [InlineData("abcd[a-z]*efgh", false)]
    public void Warns_about_unbounded_dot_repeats(string pattern, bool warns)
    {
        var result = RegexParser.Parse(pattern, false, false);

        Assert.Equal(warns, result.Warnings.Any(w => w.Code == PatternErrorCodes.UnboundedDotRepeat));
    }

    [Theory]
    [InlineData("a*?b+", true)]
    [InlineData("a{1}?b*", true)]
    [InlineData("a{1}b*?", true)]
    [InlineData("a*b+", false)]
    [InlineData("a*?b+?", false)]
    [InlineData("a??b??", false)]
    public void Flags_mixed_greediness_for_string_declarations_only(string pattern, bool mixed)
    {
        var result = RegexParser.Parse(pattern, false, false);

        Assert.NotNull(result.Node);
        Assert.Equal(mixed, result.StringDeclarationError?.Code == PatternErrorCodes.MixedGreediness);
    }
}
