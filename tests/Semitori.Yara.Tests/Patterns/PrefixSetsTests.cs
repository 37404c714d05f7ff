using Semitori.Yara.Patterns;
using static Semitori.Yara.Tests.Patterns.PatternTestHelpers;

namespace Semitori.Yara.Tests.Patterns;

public sealed class PrefixSetsTests
{
    [Theory]
    [InlineData("(cmd|pow)\\.exe", "[cp][mo][dw][.][e][x][e]")]
    [InlineData("(cmd|powershell)x", "[cp][mo][dw]")]
    [InlineData("ab?c", "[a][bc]")]
    [InlineData("sys[ \\t]{0,500}\\(", "[s][y][s][\t (]")]
    [InlineData("ab*", "[a]")]
    [InlineData("ab{1,3}cd", "[a][b][bc]")]
    [InlineData("a(b|cd)*e", "[a][bce]")]
    [InlineData("a{2}[xy]", "[a][a][xy]")]
    [InlineData("\\bab", "[a][b]")]
    [InlineData("(a|)b", "")]
    public void Describes_the_fixed_positions_every_match_starts_with(string pattern, string expected)
    {
        var sets = PrefixSets.Of(Regex(pattern), new PatternOptions());

        Assert.Equal(expected, string.Concat(sets.Select(Describe)));
    }

    [Fact]
    public void Follow_set_of_a_variable_repeat_takes_both_cases_and_wide_form()
    {
        var sets = PrefixSets.Of(Regex("ab?c"), new PatternOptions(CaseInsensitive: true, Wide: true));

        Assert.Equal("[Aa][\0][BCbc]", string.Concat(sets.Select(Describe)));
    }

    [Fact]
    public void Wide_prefix_includes_the_zero_bytes()
    {
        var sets = PrefixSets.Of(Regex("ab"), new PatternOptions(Wide: true));

        Assert.Equal("[a][\0][b][\0]", string.Concat(sets.Select(Describe)));
    }

    private static string Describe(ByteSet set)
    {
        Span<byte> members = stackalloc byte[256];
        int n = set.CopyTo(members);
        return "[" + Show(members[..n]) + "]";
    }
}
