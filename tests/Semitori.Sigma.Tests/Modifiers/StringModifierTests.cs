namespace Semitori.Sigma.Tests.Modifiers;

public class StringModifierTests
{
    [Theory]
    [InlineData("    sel:\n        Image: 'C:\\Windows\\cmd.exe'\n    condition: sel", @"c:\windows\CMD.EXE", true)]
    [InlineData("    sel:\n        Image|endswith: '\\cmd.exe'\n    condition: sel", @"C:\Windows\cmd.exe", true)]
    [InlineData("    sel:\n        Image|startswith: 'C:\\Windows\\'\n    condition: sel", @"C:\Windows\cmd.exe", true)]
    [InlineData("    sel:\n        Image|contains: '\\Windows\\'\n    condition: sel", @"C:\Windows\cmd.exe", true)]
    [InlineData("    sel:\n        Image|contains: '\\Temp\\'\n    condition: sel", @"C:\Windows\cmd.exe", false)]
    [InlineData("    sel:\n        Image: '*\\cm?.exe'\n    condition: sel", @"C:\Windows\cmd.exe", true)]
    [InlineData("    sel:\n        Image: 'a\\*b'\n    condition: sel", "a*b", true)]
    [InlineData("    sel:\n        Image: 'a\\*b'\n    condition: sel", "axb", false)]
    [InlineData("    sel:\n        Image|cased: 'CMD'\n    condition: sel", "cmd", false)]
    [InlineData("    sel:\n        Image|contains|cased: 'CMD'\n    condition: sel", "xCMDx", true)]
    public void Shapes_wildcards_escapes_and_case(string detection, string value, bool expected)
        => Assert.Equal(expected, RuleHarness.Matches(detection, ("Image", value)));

    [Fact]
    public void All_requires_every_value()
    {
        const string rule = "    sel:\n        CommandLine|contains|all:\n            - ' -enc '\n            - 'hidden'\n    condition: sel";
        Assert.True(RuleHarness.Matches(rule, ("CommandLine", "powershell -w hidden -enc AAA")));
        Assert.False(RuleHarness.Matches(rule, ("CommandLine", "powershell -enc AAA")));
    }

    [Fact]
    public void Null_matches_a_missing_or_empty_field_and_exists_tests_presence()
    {
        Assert.True(RuleHarness.Matches("    sel:\n        Description: null\n    condition: sel", ("Image", "x")));
        Assert.True(RuleHarness.Matches("    sel:\n        Description: null\n    condition: sel", ("Description", "")));
        Assert.False(RuleHarness.Matches("    sel:\n        Description: null\n    condition: sel", ("Description", "text")));
        Assert.True(RuleHarness.Matches("    sel:\n        Description|exists: true\n    condition: sel", ("Description", "")));
        Assert.True(RuleHarness.Matches("    sel:\n        Description|exists: false\n    condition: sel", ("Image", "x")));
    }

    [Fact]
    public void Numbers_compare_with_numeric_fields_and_lists_are_or()
    {
        Assert.True(RuleHarness.Matches("    sel:\n        EventID:\n            - 4688\n            - 1\n    condition: sel", ("EventID", 1L)));
        Assert.False(RuleHarness.Matches("    sel:\n        EventID: 4688\n    condition: sel", ("EventID", 46880L)));
    }

    [Fact]
    public void Multi_valued_fields_match_when_any_item_matches()
        => Assert.True(RuleHarness.Matches("    sel:\n        Data|contains: 'mimikatz'\n    condition: sel", ("Data", new object?[] { "a", "x mimikatz y" })));

    [Fact]
    public void Fieldref_compares_two_fields()
    {
        const string rule = "    sel:\n        ParentImage|fieldref: Image\n    condition: sel";
        Assert.True(RuleHarness.Matches(rule, ("Image", @"C:\a.exe"), ("ParentImage", @"c:\A.exe")));
        Assert.False(RuleHarness.Matches(rule, ("Image", @"C:\a.exe"), ("ParentImage", @"C:\b.exe")));
        Assert.True(RuleHarness.Matches("    sel:\n        CommandLine|fieldref|endswith: Image\n    condition: sel", ("Image", "x.exe"), ("CommandLine", "run x.exe")));
    }
}
