using System.Text.Json.Nodes;
using Semitori.Intel.Export;
using Semitori.Intel.Extraction;

namespace Semitori.Intel.Tests.Export;

/// <summary>A report with every indicator kind exports to schema-valid STIX and core-format MISP.</summary>
public class AllIndicatorKindsTests
{
    private const string Report =
        "Symantec saw Cicada (APT10) attack Japanese firms since October 2019. The loader 44d88612fea8a8f36de82e1278abb02f " +
        "(SHA1 3395856ce81f2b7382dee72602f798b642f14140, SHA256 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f) " +
        "contacted hxxp://evil[.]example[.]com/gate.php and 203.0.113[.]5 and 2001:db8::1, mailed apt[@]example.org, " +
        "dropped update.exe, wrote HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run, created the mutex \"0mm7b2k8c\", " +
        "exported a function named FuckYouAnti and exploited CVE-2020-1472. C2 domain: bad-c2[.]example[.]net.";

    private static ExportModel Model() =>
        ExportModelBuilder.FromExtraction(TestKnowledge.Extractor.Extract(Report), TestKnowledge.Kb, new DateOnly(2020, 11, 17));

    [Fact]
    public void The_report_yields_every_kind()
    {
        var kinds = TestKnowledge.Extractor.Extract(Report).Indicators.Select(i => i.Kind).Distinct().Order().ToList();
        Assert.Equal(Enum.GetValues<IocKind>().Order().ToList(), kinds);
    }

    [Fact]
    public void Stix_is_schema_valid_with_patterns_for_each_kind()
    {
        JsonObject bundle = JsonNode.Parse(new StixBundleWriter(TestKnowledge.Kb).Write(Model()).ToJsonString())!.AsObject();
        IReadOnlyList<string> errors = StixSchema.Errors(bundle);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var patterns = bundle["objects"]!.AsArray().Where(o => (string)o!["type"]! == "indicator").Select(o => (string)o!["pattern"]!).ToList();
        Assert.Contains("[file:hashes.MD5 = '44d88612fea8a8f36de82e1278abb02f']", patterns);
        Assert.Contains("[url:value = 'http://evil.example.com/gate.php']", patterns);
        Assert.Contains("[windows-registry-key:key = 'HKCU\\\\Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run']", patterns);
        Assert.Contains(bundle["objects"]!.AsArray(), o => (string)o!["type"]! == "vulnerability" && (string)o!["name"]! == "CVE-2020-1472");
        Assert.DoesNotContain(patterns, p => p.Contains("[.]", StringComparison.Ordinal) || p.Contains("hxxp", StringComparison.Ordinal));
    }

    [Fact]
    public void Misp_attributes_cover_each_kind()
    {
        JsonObject e = new MispEventWriter(TestKnowledge.Kb).Write(Model())["Event"]!.AsObject();
        var types = e["Attribute"]!.AsArray().Select(a => (string)a!["type"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "md5", "sha1", "sha256", "url", "domain", "ip-dst", "email-src", "filename", "regkey", "mutex", "vulnerability", "yara", "pattern-in-file" }, types);
        Assert.Equal("2020-11-17", (string)e["date"]!);
    }
}
