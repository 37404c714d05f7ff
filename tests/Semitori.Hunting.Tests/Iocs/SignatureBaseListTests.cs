using Semitori.Diagnostics;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>
/// The real signature-base lists (commit 8a89b3b) load without errors and give the counts of
/// research/scanners.md §1.2, and real entries match the paths and hashes they describe.
/// </summary>
public sealed class SignatureBaseListTests
{
    private static IocSet Set => SignatureBaseIocs.Set;

    [SignatureBaseFact]
    public void Hash_list_counts_match_the_research_notes()
    {
        Assert.Equal(3224, Set.Hashes.Count);
        Assert.Equal(1039, Set.Hashes.Count(h => h.Kind == HashKind.Md5));
        Assert.Equal(926, Set.Hashes.Count(h => h.Kind == HashKind.Sha1));
        Assert.Equal(1259, Set.Hashes.Count(h => h.Kind == HashKind.Sha256));

        // Entries are lines; 171 hashes are listed twice under different reports (info IO012), so the
        // lookup holds 3,053 distinct digests and reports a repeated hash's first description.
        Assert.Equal(3053, Set.Hashes.Select(h => h.Hash).Distinct().Count());
        Assert.Equal(171, Set.Diagnostics.Count(d => d.Code == IocDiagnosticCodes.DuplicateHash));

        // The notes say 432 lines "use" HASH;SCORE;DESCRIPTION. 432 lines do have three fields, but two
        // of them are descriptions containing ';' ("… flogon.js; - https://…", "… BRONZE VINEWOOD; uses
        // GitHub gist …") whose second field is text, not a score: 430 carry an explicit score.
        Assert.Equal(430, Set.Hashes.Count(h => h.HasExplicitScore));
        HashIoc flogon = Assert.Single(Set.Hashes, h => h.Hash == "f81aa77d23ca6662efb3e6e33538a60e39abb5ca66102e07ffa318a6d6cd78ec");
        Assert.False(flogon.HasExplicitScore);
        Assert.Equal(100, flogon.Score);
        Assert.StartsWith("Triton Actor TTP IOCs - flogon.js; - https://", flogon.Description);
        Assert.Equal([40, 55, 60, 75], Set.Hashes.Where(h => h.HasExplicitScore).Select(h => h.Score).Distinct().Order());
        Assert.Empty(Set.TrustedHashes);
    }

    [SignatureBaseFact]
    public void Filename_and_c2_counts_match_the_research_notes()
    {
        Assert.Equal(3828, Set.Filenames.Count);
        Assert.Equal(30, Set.Filenames.Count(f => f.FalsePositivePattern is not null));
        Assert.Equal(1844, Set.C2.Count);
        Assert.Equal(6, Set.C2.Count(c => c.HasExplicitScore));
        Assert.All(Set.C2.Where(c => c.HasExplicitScore), c => Assert.Equal(65, c.Score));
    }

    [SignatureBaseFact]
    public void The_lists_load_without_errors_and_only_the_non_lists_are_skipped()
    {
        Assert.DoesNotContain(Set.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(Set.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);

        // keywords.txt has no kind word (Loki never loads it either); README.txt is not a list.
        Assert.Equal(["README.txt", "keywords.txt"], Set.Diagnostics.Where(d => d.Code == IocDiagnosticCodes.UnknownFileKind).Select(d => Path.GetFileName(d.Path)).Order(StringComparer.Ordinal));
    }

    [SignatureBaseFact]
    public void Matches_credit_signature_base_as_its_licence_asks()
    {
        Assert.All(Set.Filenames.Take(5), f => Assert.Equal(IocAttribution.SignatureBase, f.Origin.Author));
        Finding f = Assert.Single(Analyze(@"C:\Windows\System32\drivers\usbclass.sys", [], "ioc:filename"));
        Assert.Equal("Regin", f.Rule);
        Assert.Equal(80, f.Score);
        Assert.Equal(IocAttribution.SignatureBase, f.Author);
        Assert.Equal("filename-iocs.txt", Path.GetFileName(f.Details!["list"]));
    }

    [SignatureBaseFact]
    public void Real_entries_match_windows_and_unix_spellings_of_their_paths()
    {
        // A Windows-style path, the same tree seen from Linux (no drive letter), and an archive member.
        string[] paths = [@"C:\Users\bob\AppData\Local\Temp\handkerchief.dat", "/mnt/evidence/Users/bob/AppData/Local/Temp/handkerchief.dat", "case.zip!Users/bob/AppData/Local/Temp/handkerchief.dat"];
        foreach (string path in paths)
        {
            Assert.Contains(Analyze(path, [], "ioc:filename"), f => f.Details!["pattern"].Contains("handkerchief", StringComparison.Ordinal));
        }
    }

    [SignatureBaseFact]
    public void Every_pattern_compiles_and_most_have_a_prefilter_literal()
    {
        // The bound on per-path work: patterns without a literal run on every path.
        var matcher = new FilenameIocMatcher(Set.Filenames);
        Assert.InRange(matcher.UnindexedCount, 0, Set.Filenames.Count / 10);
    }

    [SignatureBaseFact]
    public void A_benign_system_path_matches_nothing()
    {
        Assert.Empty(Analyze(@"C:\Windows\System32\kernel32.dll", [], "ioc:filename"));
        Assert.Empty(Analyze("/usr/lib/x86_64-linux-gnu/libc.so.6", [], "ioc:filename"));
    }

    private static List<Finding> Analyze(string path, byte[] data, string source) =>
        Set.CreateAnalyzers().SelectMany(a => a.Analyze(new FileSubject(path, data))).Where(f => f.Source == source).ToList();
}
