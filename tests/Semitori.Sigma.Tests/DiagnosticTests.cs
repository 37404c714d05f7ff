using Semitori.Diagnostics;
using Semitori.Sigma.Engine;

namespace Semitori.Sigma.Tests;

/// <summary>Bad rules give a code and a position in the YAML, and are listed as rejected.</summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("    sel:\n        A|contians: x\n    condition: sel", "SG003", 7, 9)]
    [InlineData("    sel:\n        A: x\n    condition: sel and", "SG004", 8, 23)]
    [InlineData("    sel:\n        A: x\n    condition: sel or other", "SG005", 8, 23)]
    [InlineData("    sel:\n        A|re: '(unclosed'\n    condition: sel", "SG006", 7, 15)]
    [InlineData("    sel:\n        A|cidr: '10.0.0.0/99'\n    condition: sel", "SG007", 7, 17)]
    [InlineData("    sel:\n        A|gt: abc\n    condition: sel", "SG008", 7, 15)]
    [InlineData("    sel:\n        A: x\n    condition: sel | count() > 5", "SG009", 8, 20)]
    [InlineData("    sel:\n        A: x", "SG002", 6, 5)]
    public void Bad_rules_are_rejected_with_code_and_position(string detection, string code, int line, int column)
    {
        SigmaRuleSet set = RuleHarness.Build(detection);
        Assert.Empty(set.Rules);
        Diagnostic diagnostic = Assert.Single(set.Rejected).Reasons.First(d => d.IsError);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new LinePosition(line, column), diagnostic.Position);
        Assert.StartsWith($"test.yml:{line}:{column}: error {code}:", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_position()
    {
        SigmaRuleSet set = new SigmaRuleSetBuilder().AddText("bad.yml", "title: x\ndetection:\n  sel: [a\n").Build();
        Diagnostic diagnostic = Assert.Single(Assert.Single(set.Rejected).Reasons);
        Assert.Equal(SigmaDiagnosticCodes.YamlSyntax, diagnostic.Code);
    }
}
