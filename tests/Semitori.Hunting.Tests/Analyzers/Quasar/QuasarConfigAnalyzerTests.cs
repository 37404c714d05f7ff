using Semitori.Hunting.Analysis;
using Semitori.Hunting.Analyzers.Quasar;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Tests.Analyzers.Quasar;

public class QuasarConfigAnalyzerTests
{
    private static readonly QuasarConfigAnalyzer Analyzer = new();

    public static TheoryData<string> Configs() => new(QuasarFixtures.Configs);

    public static TheoryData<string> LookAlikes() => new(QuasarFixtures.Names.Where(n => n.StartsWith("lookalike", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Configs))]
    public void Recovers_every_planted_setting(string name)
    {
        QuasarFixture fixture = QuasarFixtures.Get(name);
        Finding finding = Assert.Single(Analyzer.Analyze(new FileSubject($"fixtures/{name}.dll", fixture.Bytes)));
        IReadOnlyDictionary<string, string> details = finding.Details!;

        // Every planted value, and nothing else besides the scheme label.
        Assert.Equal(fixture.Expected!.Keys.Append("scheme").Order(StringComparer.Ordinal), details.Keys.Order(StringComparer.Ordinal));
        foreach ((string key, string value) in fixture.Expected!)
        {
            Assert.True(details[key] == value, $"{key}: expected '{value}', got '{details[key]}'");
        }

        Assert.Equal(fixture.Layout switch
        {
            "1.0-1.1" or "1.2" => "aes-128-cbc, key md5",
            "1.3" => "aes-128-cbc, key pbkdf2-sha1, hmac-sha256",
            _ => "aes-256-cbc, key pbkdf2-sha1, hmac-sha256",
        }, details["scheme"]);
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void Finding_follows_the_contract(string name)
    {
        QuasarFixture fixture = QuasarFixtures.Get(name);
        Finding finding = Assert.Single(Analyzer.Analyze(new FileSubject($"fixtures/{name}.dll", fixture.Bytes)));
        Assert.Equal("analyzer:quasar-config", finding.Source);
        Assert.Equal("QuasarRAT_Config", finding.Rule);
        Assert.Equal("Semitori", finding.Author);
        Assert.Equal("APT10", finding.Actor);
        Assert.Contains("used by APT10 among others", finding.Description, StringComparison.Ordinal);
        Assert.Equal(fixture.Mac switch { "valid" => 90, "none" => 85, _ => 75 }, finding.Score);
        Assert.Equal(FindingLevel.Alert, finding.Level);
        Assert.Contains("S0262", finding.Attack);
        Assert.Contains("T1573.001", finding.Attack);
        Assert.All(finding.References, r => Assert.StartsWith("https://", r, StringComparison.Ordinal));
        Assert.Contains("https://attack.mitre.org/software/S0262/", finding.References);
        Assert.StartsWith("settings .cctor 0x06", finding.Evidence[0], StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.StartsWith("hosts at 0x", StringComparison.Ordinal) && e.EndsWith("127.0.0.1:4782;localhost:14782;", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_offsets_point_at_the_ldstr_of_each_setting()
    {
        QuasarFixture fixture = QuasarFixtures.Get("v14");
        Finding finding = Assert.Single(Analyzer.Analyze(new FileSubject("v14.dll", fixture.Bytes)));
        string hosts = finding.Evidence.Single(e => e.StartsWith("hosts at 0x", StringComparison.Ordinal));
        long offset = Convert.ToInt64(hosts["hosts at 0x".Length..hosts.IndexOf(' ', "hosts at 0x".Length)], 16);
        Assert.Equal(0x72, fixture.Bytes[offset]); // ldstr
        Assert.Equal(0x80, fixture.Bytes[offset + 5]); // stsfld
    }

    [Fact]
    public void Renamed_members_do_not_matter()
    {
        Finding plain = Assert.Single(Analyzer.Analyze(new FileSubject("a.dll", QuasarFixtures.Get("v14").Bytes)));
        Finding renamed = Assert.Single(Analyzer.Analyze(new FileSubject("b.dll", QuasarFixtures.Get("v14-renamed").Bytes)));
        Assert.Contains("qwhxkzvbnrtplmsdjfga", renamed.Evidence[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Settings", renamed.Evidence[0], StringComparison.Ordinal);
        Assert.Equal(plain.Details!["hosts"], renamed.Details!["hosts"]);
        Assert.Equal("valid", renamed.Details["mac"]);
    }

    [Theory]
    [InlineData("v14-bad-mac", "10 of 10")]
    [InlineData("v14-one-bad-mac", "1 of 10")]
    public void Wrong_macs_are_reported_as_invalid(string name, string failed)
    {
        Finding finding = Assert.Single(Analyzer.Analyze(new FileSubject($"{name}.dll", QuasarFixtures.Get(name).Bytes)));
        Assert.Equal("invalid", finding.Details!["mac"]);
        Assert.Equal(75, finding.Score);
        Assert.Contains($"HMAC check FAILED on {failed} values", finding.Description, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Contains("MAC BAD", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Look_alikes_are_clean(string name)
    {
        Assert.Empty(Analyzer.Analyze(new FileSubject($"{name}.dll", QuasarFixtures.Get(name).Bytes)));
    }

    [Fact]
    public void Non_dotnet_input_is_clean()
    {
        Assert.Empty(Analyzer.Analyze(new FileSubject("empty.bin", Array.Empty<byte>())));
        Assert.Empty(Analyzer.Analyze(new FileSubject("mz.bin", "MZ"u8.ToArray())));
        Assert.Equal("quasar-config", Analyzer.Name);
    }
}
