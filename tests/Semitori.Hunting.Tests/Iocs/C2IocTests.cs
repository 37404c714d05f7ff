using System.Text;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>C2 IOCs in file content: ASCII and UTF-16LE, case, word boundaries, and what cannot be looked for.</summary>
public sealed class C2IocTests
{
    private static readonly IocSet Set = IocTestLists.Load(("c2-iocs.txt", "# Cloud Hopper look-alike\nmofa-go-jp.com\n# UPPERCUT\n51.106.53.147;90\n"));

    [Theory]
    [InlineData("GET http://mofa-go-jp.com/x", false, "Cloud Hopper look-alike", 75)]
    [InlineData("host=WWW.MOFA-GO-JP.COM;", false, "Cloud Hopper look-alike", 75)]
    [InlineData("server: mofa-go-jp.com", true, "Cloud Hopper look-alike", 75)]
    [InlineData("c2 51.106.53.147:443", false, "UPPERCUT", 90)]
    [InlineData("c2 51.106.53.147", true, "UPPERCUT", 90)]
    public void Hosts_are_found_in_ascii_and_utf16(string text, bool wide, string rule, int score)
    {
        byte[] data = [0x4D, 0x5A, .. (wide ? Encoding.Unicode : Encoding.ASCII).GetBytes(text)];
        Finding f = Assert.Single(IocTestLists.Run(Set, "cfg.bin", data));
        Assert.Equal(("ioc:c2", rule, score), (f.Source, f.Rule, f.Score));
        Assert.Contains(wide ? "UTF-16LE" : "ASCII", f.Evidence[0]);
    }

    [Theory]
    [InlineData("notmofa-go-jp.com")]
    [InlineData("mofa-go-jp.company")]
    [InlineData("151.106.53.147")]
    [InlineData("51.106.53.1470")]
    [InlineData("mofa-go-jp")]
    public void Look_alikes_are_not_matches(string text)
    {
        Assert.Empty(IocTestLists.Run(Set, "cfg.bin", Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void Ranges_short_values_and_junk_are_diagnostics()
    {
        IocSet set = IocTestLists.Load(("c2-iocs.txt", "10.0.0.0/8\na.b\nnot a host\nok.example.net;x\nfine.example.org\n"));
        Assert.Equal([IocDiagnosticCodes.UnmatchableC2, IocDiagnosticCodes.UnmatchableC2, IocDiagnosticCodes.InvalidHost, IocDiagnosticCodes.InvalidScore],
            set.Diagnostics.Select(d => d.Code));
        Assert.Equal("fine.example.org", Assert.Single(set.C2).Value);
    }

    [Fact]
    public void Thousands_of_entries_compile_into_several_rules()
    {
        var text = new StringBuilder("# generated\n");
        for (int i = 0; i < C2ContentMatcher.MaxStringsPerRule + 10; i++)
        {
            text.Append("h").Append(i).Append(".example.com\n");
        }

        IocSet set = IocTestLists.Load(("c2-iocs.txt", text.ToString()));
        var matcher = new C2ContentMatcher(set.C2);
        Assert.Empty(matcher.Diagnostics);
        Assert.Equal("h4005.example.com", Assert.Single(matcher.Match(Encoding.ASCII.GetBytes("x h4005.example.com y"))).Ioc.Value);
    }
}
