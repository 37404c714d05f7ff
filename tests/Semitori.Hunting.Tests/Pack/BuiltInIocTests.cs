using System.Text;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Iocs;
using Semitori.Hunting.Packs;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>The pack's own IOC lists: they load cleanly, credit Semitori, cite a source per entry, and match what they list.</summary>
public sealed class BuiltInIocTests
{
    private static readonly IocSet Set = IocSet.LoadBuiltIn();

    [Fact]
    public void Lists_load_without_problems_and_cite_a_source_for_every_entry()
    {
        Assert.Empty(Set.Diagnostics);
        Assert.Equal(3, BuiltInPack.IocSources().Count);
        Assert.NotEmpty(Set.Hashes);
        Assert.True(Set.Filenames.Count >= 30);
        Assert.True(Set.C2.Count >= 30);
        Assert.All(Set.Hashes, h => Assert.Contains("https://", h.Description));
        Assert.All(Set.Filenames, f => Assert.Contains("http", f.Description));
        Assert.All(Set.C2, c => Assert.Contains("https://", c.Description));
        Assert.All(Set.Filenames, f => Assert.Equal(BuiltInPack.Author, f.Origin.Author));
        Assert.All(Set.Filenames, f => Assert.NotNull(f.Literal));
    }

    [Theory]
    [InlineData(@"C:\Users\kim\AppData\Local\Temp\handkerchief.dat", 80)]
    [InlineData(@"C:\recovery\MsMpEng.exe", 80)]
    [InlineData("/mnt/image/recovery/mpsvc.dll", 80)]
    [InlineData(@"C:\Users\kim\AppData\Roaming\notron.exe", 85)]
    [InlineData("triage.zip!Windows/Vss/SFCNS.dat", 80)]
    [InlineData(@"C:\PerfLogs\x.ps1", 60)]
    public void Cloud_hopper_paths_are_found(string path, int score)
    {
        // A path can match a name entry and a path entry of the annex (SFCNS.dat, notron.exe); the best one counts.
        List<Finding> findings = Run(path, []);
        Assert.All(findings, f => Assert.Equal("ioc:filename", f.Source));
        Finding f = findings.MaxBy(x => x.Score)!;
        Assert.Equal(score, f.Score);
        Assert.Equal("APT10", f.Actor);
        Assert.Equal(BuiltInPack.Author, f.Author);
        Assert.NotEmpty(f.References);
    }

    [Theory]
    [InlineData(@"C:\Program Files\Windows Defender\MsMpEng.exe")]
    [InlineData(@"C:\Windows\System32\rundll32.exe")]
    [InlineData(@"C:\Program Files\Burner\StarBurn.dll")]
    [InlineData(@"C:\Users\kim\Documents\report.docx")]
    public void Legitimate_locations_are_not_found(string path) => Assert.Empty(Run(path, []));

    [Fact]
    public void A_config_naming_a_cloud_hopper_domain_is_found()
    {
        Finding f = Assert.Single(Run("cfg.dat", Encoding.Unicode.GetBytes("server=www.mofa-go-jp.com:443")));
        Assert.Equal("ioc:c2", f.Source);
        Assert.StartsWith("Operation Cloud Hopper look-alike C2 domains", f.Rule);
        Assert.Equal(75, f.Score);
    }

    private static List<Finding> Run(string path, byte[] data)
    {
        var subject = new FileSubject(path, data);
        return Set.CreateAnalyzers().SelectMany(a => a.Analyze(subject)).ToList();
    }
}
