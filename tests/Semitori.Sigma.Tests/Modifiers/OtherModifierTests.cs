using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;

namespace Semitori.Sigma.Tests.Modifiers;

public class OtherModifierTests
{
    [Theory]
    [InlineData("    sel:\n        F|re: '^a.c$'\n    condition: sel", "abc", true)]
    [InlineData("    sel:\n        F|re: '^a.c$'\n    condition: sel", "ABC", false)]
    [InlineData("    sel:\n        F|re|i: '^a.c$'\n    condition: sel", "ABC", true)]
    [InlineData("    sel:\n        F|re|m: '^b$'\n    condition: sel", "a\nb", true)]
    [InlineData("    sel:\n        F|re|s: 'a.b'\n    condition: sel", "a\nb", true)]
    [InlineData("    sel:\n        F|re: 'a.b'\n    condition: sel", "a\nb", false)]
    [InlineData("    sel:\n        F|cidr: '10.0.0.0/8'\n    condition: sel", "10.1.2.3", true)]
    [InlineData("    sel:\n        F|cidr: '10.0.0.0/8'\n    condition: sel", "::ffff:10.1.2.3", true)]
    [InlineData("    sel:\n        F|cidr: '10.0.0.0/8'\n    condition: sel", "192.168.1.1", false)]
    [InlineData("    sel:\n        F|cidr: 'fe80::/10'\n    condition: sel", "fe80::1", true)]
    [InlineData("    sel:\n        F|lt: 10\n    condition: sel", "9", true)]
    [InlineData("    sel:\n        F|lte: 10\n    condition: sel", "10", true)]
    [InlineData("    sel:\n        F|gt: 10\n    condition: sel", "0x20", true)]
    [InlineData("    sel:\n        F|gte: 10\n    condition: sel", "9", false)]
    public void Regex_cidr_and_numeric_comparisons(string detection, string value, bool expected)
        => Assert.Equal(expected, RuleHarness.Matches(detection, ("F", value)));

    [Fact]
    public void Expand_uses_configured_placeholders_and_reports_missing_ones()
    {
        const string yaml = "title: T\nlogsource:\n    product: test\ndetection:\n    sel:\n        Computer|expand: '%Admins_Workstations%'\n    condition: sel\n";
        var options = new SigmaOptions { Placeholders = new Dictionary<string, IReadOnlyList<string>> { ["Admins_Workstations"] = ["WS1", "WS2"] } };
        SigmaRuleSet set = new SigmaRuleSetBuilder(options).AddText("t.yml", yaml).Build();
        Assert.True(new SigmaMatcher(set).Match(new DictionaryEvent(new Dictionary<string, object?> { ["Computer"] = "ws2" })).Count == 1);

        SigmaRuleSet missing = new SigmaRuleSetBuilder().AddText("t.yml", yaml).Build();
        Assert.Empty(missing.Rules);
        Assert.Contains(missing.Rejected.Single().Reasons, d => d.Code == SigmaDiagnosticCodes.UnresolvedPlaceholder);
    }
}
