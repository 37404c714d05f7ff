using Semitori.Formats.Pe;
using Semitori.Formats.Tests.Support;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Analyzers.SideLoading;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Tests.Analyzers.SideLoading;

/// <summary>
/// The side-loading analyzer on mingw-built host/DLL pairs laid out in folders: a host named like
/// vlc.exe beside the DLL it imports, outside VideoLAN's folder, is found on the DLL; the same pair
/// in the install folder, the host beside an unrelated DLL, and the host itself are clean; a
/// renamed host is recognised by OriginalFilename.
/// </summary>
public sealed class SideLoadingAnalyzerTests(SideLoadingFixtures fixtures) : IClassFixture<SideLoadingFixtures>
{
    private readonly SideLoadingAnalyzer _analyzer = new();

    [MingwFact]
    public void Fixture_host_imports_the_dll_and_carries_its_original_name()
    {
        PeFile host = PeFile.FromFile(fixtures.Host!);
        Assert.Contains(host.Imports, l => l.Name.Equals("libvlc.dll", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("vlc.exe", host.Resources.GetVersionString("OriginalFilename"));
        Assert.Empty(host.Signatures);
    }

    [MingwFact]
    public void Pair_outside_the_install_folder_is_reported_on_the_dll()
    {
        string dir = fixtures.Layout("Users/Public/Downloads", (fixtures.Host!, "vlc.exe"), (fixtures.Dll!, "libvlc.dll"));
        Finding f = Assert.Single(Analyze(Path.Combine(dir, "libvlc.dll")));
        Assert.Equal("analyzer:sideloading", f.Source);
        Assert.Equal(Path.Combine(dir, "libvlc.dll"), f.Path);
        Assert.Equal("SideLoading_vlc.exe", f.Rule);
        int expected = 60 + SideLoadingScore.ListedAndImportedBonus;
        Assert.Equal(expected, f.Score);
        Assert.Equal(FindingLevel.Warning, f.Level);
        Assert.Contains("T1574.001", f.Attack);
        Assert.Equal("APT10", f.Actor);
        Assert.All(f.References, r => Assert.StartsWith("https://", r));
        Assert.Contains(f.Evidence, e => e.StartsWith("host: " + Path.Combine(dir, "vlc.exe"), StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.Contains("none embedded", StringComparison.Ordinal));
        Assert.Equal("false", f.Details!["hostSigned"]);
        Assert.Empty(Analyze(Path.Combine(dir, "vlc.exe")));
    }

    [MingwFact]
    public void Pair_in_its_install_folder_is_clean()
    {
        string dir = fixtures.Layout("Program Files/VideoLAN/VLC", (fixtures.Host!, "vlc.exe"), (fixtures.Dll!, "libvlc.dll"));
        Assert.Empty(Analyze(Path.Combine(dir, "libvlc.dll")));
    }

    [MingwFact]
    public void Host_beside_an_unrelated_dll_is_clean()
    {
        string dir = fixtures.Layout("Temp/unrelated", (fixtures.Host!, "vlc.exe"), (fixtures.Unrelated!, "helper.dll"));
        Assert.Empty(Analyze(Path.Combine(dir, "helper.dll")));
    }

    [MingwFact]
    public void Listed_dll_without_its_host_is_clean()
    {
        string dir = fixtures.Layout("Temp/alone", (fixtures.Dll!, "libvlc.dll"), (fixtures.Unrelated!, "helper.dll"));
        Assert.Empty(Analyze(Path.Combine(dir, "libvlc.dll")));
    }

    [MingwFact]
    public void Renamed_host_is_recognised_by_its_original_filename()
    {
        string dir = fixtures.Layout("ProgramData/cache", (fixtures.Host!, "player.exe"), (fixtures.Dll!, "libvlc.dll"));
        Finding f = Assert.Single(Analyze(Path.Combine(dir, "libvlc.dll")));
        Assert.Equal(60 + SideLoadingScore.ListedAndImportedBonus + SideLoadingScore.RenamedHostBonus, f.Score);
        Assert.Contains(f.Evidence, e => e.Contains("renamed: OriginalFilename is vlc.exe", StringComparison.Ordinal));
        Assert.Equal("true", f.Details!["hostRenamed"]);
    }

    [MingwFact]
    public void Host_importing_a_dll_it_is_not_documented_for_scores_lower()
    {
        // GUP.exe's documented DLL is libcurl.dll; this "GUP.exe" imports libvlc.dll instead.
        string dir = fixtures.Layout("Temp/gup", (fixtures.Host!, "GUP.exe"), (fixtures.Dll!, "libvlc.dll"));
        Finding f = Assert.Single(Analyze(Path.Combine(dir, "libvlc.dll")));
        Assert.Equal("SideLoading_GUP.exe", f.Rule);
        Assert.Equal(50 - SideLoadingScore.ImportedOnlyPenalty, f.Score);
        Assert.Equal(FindingLevel.Notice, f.Level);
    }

    [MingwFact]
    public void Truncated_and_mutated_hosts_never_throw()
    {
        byte[] host = File.ReadAllBytes(fixtures.Host!);
        var random = new Random(11);
        string dir = fixtures.Layout("Temp/mutants", (fixtures.Dll!, "libvlc.dll"));
        for (int i = 0; i < 60; i++)
        {
            byte[] bytes = i % 2 == 0 ? host[..random.Next(host.Length)] : Exports.ExportNameAnalyzerTests.Mutate(host, random);
            File.WriteAllBytes(Path.Combine(dir, i % 3 == 0 ? "vlc.exe" : "renamed.exe"), bytes);
            _ = Analyze(Path.Combine(dir, "libvlc.dll"));
        }
    }

    private List<Finding> Analyze(string path) => _analyzer.Analyze(FolderSubjects.Of(path)).ToList();
}
