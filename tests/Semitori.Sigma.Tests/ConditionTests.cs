namespace Semitori.Sigma.Tests;

public class ConditionTests
{
    private const string Searches = "    sel_a:\n        A: '1'\n    sel_b:\n        B: '1'\n    filter:\n        C: '1'\n";

    [Theory]
    [InlineData("sel_a and sel_b", "110", true)]
    [InlineData("sel_a and sel_b", "100", false)]
    [InlineData("sel_a or sel_b", "010", true)]
    [InlineData("1 of sel_*", "010", true)]
    [InlineData("all of sel_*", "010", false)]
    [InlineData("all of sel_*", "110", true)]
    [InlineData("all of them", "111", true)]
    [InlineData("all of them", "110", false)]
    [InlineData("2 of them", "011", true)]
    [InlineData("any of them", "001", true)]
    [InlineData("sel_a and not filter", "101", false)]
    [InlineData("sel_a and not filter", "100", true)]
    [InlineData("sel_a or sel_b and filter", "100", true)]
    [InlineData("(sel_a or sel_b) and filter", "100", false)]
    [InlineData("not sel_a and not sel_b", "000", true)]
    [InlineData("not (sel_a or sel_b)", "010", false)]
    [InlineData("1 of sel_* and not 1 of filter*", "101", false)]
    public void Grammar_precedence_and_quantifiers(string condition, string bits, bool expected)
    {
        bool result = RuleHarness.Matches(Searches + $"    condition: {condition}",
            ("A", bits[0].ToString()), ("B", bits[1].ToString()), ("C", bits[2].ToString()));
        Assert.Equal(expected, result);
    }

    [Fact]
    public void A_list_of_conditions_is_an_or()
        => Assert.True(RuleHarness.Matches(Searches + "    condition:\n        - sel_a\n        - sel_b", ("A", "0"), ("B", "1"), ("C", "0")));

    [Fact]
    public void Keywords_search_every_field()
    {
        const string rule = "    keywords:\n        - 'mimikatz'\n        - 'sekurlsa'\n    condition: keywords";
        Assert.True(RuleHarness.Matches(rule, ("X", "run sekurlsa::logonpasswords")));
        Assert.False(RuleHarness.Matches(rule, ("X", "notepad")));
    }
}
