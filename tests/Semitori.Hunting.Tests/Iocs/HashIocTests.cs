using System.Security.Cryptography;
using System.Text;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>Hash IOCs: the three algorithms, both line shapes, case, trusted hashes, and hashing only what the lists need.</summary>
public sealed class HashIocTests
{
    private static readonly byte[] Sample = Encoding.ASCII.GetBytes("semitori hash ioc sample\n");
    private static readonly byte[] Other = Encoding.ASCII.GetBytes("another file\n");

    private static string Md5 => Convert.ToHexString(MD5.HashData(Sample));

    private static string Sha1 => Convert.ToHexString(SHA1.HashData(Sample));

    private static string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Sample));

    [Fact]
    public void Each_algorithm_matches_with_its_score_and_description()
    {
        IocSet set = IocTestLists.Load(("hash-iocs.txt", $"# header\n{Md5};Sample MD5 - https://example.org/a\n{Sha1};55;Sample SHA1\n{Sha256};Sample SHA256\n"));
        List<Finding> findings = IocTestLists.Run(set, "/x/sample.bin", Sample);
        Assert.Equal(["Sample MD5", "Sample SHA1", "Sample SHA256"], findings.Select(f => f.Rule));
        Assert.Equal([100, 55, 100], findings.Select(f => f.Score));
        Assert.All(findings, f => Assert.Equal("ioc:hash", f.Source));
        Assert.Equal(["https://example.org/a"], findings[0].References);
        Assert.Equal("Tester", findings[0].Author);
        Assert.Equal(FindingLevel.Notice, findings[1].Level);
        Assert.Empty(IocTestLists.Run(set, "/x/other.bin", Other));
    }

    [Fact]
    public void Upper_case_list_entries_match_and_a_non_numeric_second_field_stays_in_the_description()
    {
        IocSet set = IocTestLists.Load(("hash-iocs.txt", $"{Sha256.ToUpperInvariant()};Loader; dropped by macro;v2\n"));
        HashIoc ioc = Assert.Single(set.Hashes);
        Assert.Equal("Loader; dropped by macro;v2", ioc.Description);
        Assert.False(ioc.HasExplicitScore);
        Assert.Single(IocTestLists.Run(set, "a", Sample));
    }

    [Fact]
    public void Only_the_algorithms_the_lists_use_are_computed()
    {
        IocSet set = IocTestLists.Load(("hash-iocs.txt", $"{Sha256};x\n"));
        var subject = new FileSubject("f", Sample);
        foreach (IFileAnalyzer analyzer in set.CreateAnalyzers())
        {
            analyzer.Analyze(subject).ToList();
        }

        Assert.Equal(1, FileDigests.For(subject).ComputedCount);
    }

    [Fact]
    public void A_trusted_hash_drops_the_findings_of_every_ioc_analyzer()
    {
        string filenames = "# evil name\n\\\\sample\\.bin;80\n";
        string c2 = "# evil host\nbad-host.example.com\n";
        byte[] data = [.. Sample, .. "connect bad-host.example.com"u8];
        string digest = Convert.ToHexStringLower(SHA256.HashData(data));
        IocSet untrusted = IocTestLists.Load(("hash-iocs.txt", $"{digest};evil\n"), ("filename-iocs.txt", filenames), ("c2-iocs.txt", c2));
        Assert.Equal(["ioc:hash", "ioc:filename", "ioc:c2"], IocTestLists.Run(untrusted, @"C:\t\sample.bin", data).Select(f => f.Source));

        IocSet trusted = IocTestLists.Load(("hash-iocs.txt", $"{digest};evil\n"), ("filename-iocs.txt", filenames), ("c2-iocs.txt", c2),
            ("falsepositive-hashes.txt", $"{digest.ToUpperInvariant()};our own build\n"));
        Assert.Single(trusted.TrustedHashes);
        Assert.True(trusted.IsTrusted(new FileSubject("x", data)));
        Assert.Empty(IocTestLists.Run(trusted, @"C:\t\sample.bin", data));
        Assert.NotEmpty(IocTestLists.Run(trusted, @"C:\t\sample.bin", [.. data, 0]));
    }

    [Fact]
    public void Bad_lines_are_diagnostics_with_positions_and_the_rest_loads()
    {
        IocSet set = IocTestLists.Load(("hash-iocs.txt", $"# c\nnot-a-hash;x\n{Md5}\n  {Md5};dup\n{Sha1};101;too high\n{Sha256};ok\n"));
        Assert.Equal([IocDiagnosticCodes.InvalidHash, IocDiagnosticCodes.MissingDescription, IocDiagnosticCodes.DuplicateHash, IocDiagnosticCodes.InvalidScore],
            set.Diagnostics.Select(d => d.Code));
        Assert.Equal("hash-iocs.txt:2:1: error IO010: 'not-a-hash' is not an MD5, SHA-1 or SHA-256 hex digest", set.Diagnostics[0].ToString());
        Assert.Equal(new Semitori.Diagnostics.LinePosition(4, 3), set.Diagnostics[2].Position);
        Assert.Equal(Semitori.Diagnostics.DiagnosticSeverity.Info, set.Diagnostics[2].Severity);
        Assert.Equal(3, set.Hashes.Count);
        Assert.Equal("", Assert.Single(IocTestLists.Run(set, "f", Sample), f => f.Details!["algorithm"] == "Md5").Description);
    }
}
