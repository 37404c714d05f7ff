using System.Text;

namespace Semitori.Sigma.Tests.Modifiers;

public class EncodingModifierTests
{
    [Fact]
    public void Base64_matches_the_encoded_value()
        => Assert.True(RuleHarness.Matches("    sel:\n        CommandLine|base64|contains: 'http://'\n    condition: sel",
            ("CommandLine", "x " + Convert.ToBase64String(Encoding.UTF8.GetBytes("http://")) + " y")));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab")]
    public void Base64offset_finds_the_value_at_every_alignment(string prefix)
    {
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(prefix + "IEX (New-Object Net.WebClient)" + "tail"));
        Assert.True(RuleHarness.Matches("    sel:\n        CommandLine|base64offset|contains: 'IEX (New-Object'\n    condition: sel", ("CommandLine", encoded)));
    }

    [Fact]
    public void Utf16le_then_base64offset_finds_powershell_encoded_commands()
    {
        string encoded = Convert.ToBase64String(Encoding.Unicode.GetBytes("$x = Invoke-Mimikatz -DumpCreds"));
        const string rule = "    sel:\n        CommandLine|utf16le|base64offset|contains: 'Invoke-Mimikatz'\n    condition: sel";
        Assert.True(RuleHarness.Matches(rule, ("CommandLine", "powershell -enc " + encoded)));
        Assert.True(RuleHarness.Matches(rule.Replace("utf16le", "wide", StringComparison.Ordinal), ("CommandLine", "powershell -enc " + encoded)));
        Assert.False(RuleHarness.Matches(rule, ("CommandLine", "powershell -enc " + Convert.ToBase64String(Encoding.Unicode.GetBytes("Get-Date")))));
    }

    [Fact]
    public void Utf16be_and_utf16_encode_differently_from_utf16le()
    {
        string be = Convert.ToBase64String(Encoding.BigEndianUnicode.GetBytes("abc"));
        string bom = Convert.ToBase64String([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("abc")]);
        Assert.True(RuleHarness.Matches("    sel:\n        F|utf16be|base64: 'abc'\n    condition: sel", ("F", be)));
        Assert.True(RuleHarness.Matches("    sel:\n        F|utf16|base64: 'abc'\n    condition: sel", ("F", bom)));
    }

    [Theory]
    [InlineData("net user /add x")]
    [InlineData("net user -add x")]
    [InlineData("net user \u2013add x")]
    [InlineData("net user \u2014add x")]
    [InlineData("net user \u2015add x")]
    public void Windash_accepts_every_switch_character(string commandLine)
        => Assert.True(RuleHarness.Matches("    sel:\n        CommandLine|windash|contains: ' -add '\n    condition: sel", ("CommandLine", commandLine)));
}
