using Semitori.Yara.Patterns;
using static Semitori.Yara.Tests.Patterns.PatternTestHelpers;

namespace Semitori.Yara.Tests.Patterns;

public sealed class PrefixSetsTests
{
    [Theory]
    [InlineData("(cmd|pow)\\.exe", "[cp][mo][dw][.][e][x][e]")]
    [InlineData("(cmd|powershell)x", "[cp][mo][dw]")]
    [InlineData("ab?c", "[a]")]
    [InlineData("a{2}[xy]", "[a][a][xy]")]
    [InlineData("\\bab", "[a][b]")]
    [InlineData("(a|)b", "")]
    public void Describes_the_fixed_positions_every_match_starts_with(string pattern, string expected)
    {
        var sets = PrefixSets.Of(Regex(pattern), new PatternOptions());

        Assert.Equal(expected, string.Concat(sets.Select(Describe)));
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
