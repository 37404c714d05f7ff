using Semitori.Hunting.Analyzers.SideLoading;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Tests.Analyzers.SideLoading;

/// <summary>
/// The scoring function on both signature branches (fixtures are unsigned, so the signed branch is
/// tested here), the vendor-signed DLL branch and the install-folder matcher.
/// </summary>
public sealed class SideLoadingScoreTests
{
    private static readonly SideLoadingHost Vlc = SideLoadingHostTable.BuiltIn.FindHost("VLC.EXE")!;

    [Theory]
    [InlineData(true, true, false, false, false, false, 65, FindingLevel.Warning)]
    [InlineData(true, true, true, false, false, false, 75, FindingLevel.Alert)]
    [InlineData(true, true, true, true, false, false, 80, FindingLevel.Alert)]
    [InlineData(true, true, true, true, true, false, 85, FindingLevel.Alert)]
    [InlineData(true, false, false, false, false, false, 60, FindingLevel.Warning)]
    [InlineData(false, true, false, false, false, false, 50, FindingLevel.Notice)]
    [InlineData(false, false, true, true, false, false, 0, FindingLevel.Info)]
    [InlineData(true, true, true, true, false, true, 0, FindingLevel.Info)]
    public void Score_follows_the_evidence(bool listed, bool imported, bool signed, bool verified, bool renamed, bool dllSignedByVendor, int score, FindingLevel level)
    {
        int actual = SideLoadingScore.Compute(new SideLoadingEvidence(Vlc, listed, imported, signed, verified, renamed, dllSignedByVendor));
        Assert.Equal(score, actual);
        Assert.Equal(level, Finding.LevelOf(actual));
    }

    [Theory]
    [InlineData(@"C:\Program Files\VideoLAN\VLC", "Program Files/VideoLAN/VLC", true)]
    [InlineData(@"D:\program files\videolan\vlc", "Program Files/VideoLAN/VLC", true)]
    [InlineData(@"C:\Program Files\Java\jre1.8.0_301\bin", "Program Files/Java/*/bin", true)]
    [InlineData(@"C:\Program Files\Java\bin", "Program Files/Java/*/bin", false)]
    [InlineData(@"C:\Program Files\VideoLAN\VLC\plugins", "Program Files/VideoLAN/VLC", false)]
    [InlineData(@"C:\Users\Public\VLC", "Program Files/VideoLAN/VLC", false)]
    [InlineData("", "Program Files/VideoLAN/VLC", false)]
    public void Install_folders_match_as_trailing_segments(string folder, string pattern, bool expected) =>
        Assert.Equal(expected, InstallFolder.Matches(folder, [pattern]));

    [Fact]
    public void Every_host_entry_is_complete_and_sourced()
    {
        Assert.True(SideLoadingHostTable.BuiltIn.Hosts.Count >= 5);
        Assert.All(SideLoadingHostTable.BuiltIn.Hosts, h =>
        {
            Assert.EndsWith(".exe", h.Host, StringComparison.OrdinalIgnoreCase);
            Assert.NotEmpty(h.Dlls);
            Assert.All(h.Dlls, d => Assert.EndsWith(".dll", d, StringComparison.OrdinalIgnoreCase));
            Assert.NotEmpty(h.ExpectedFolders);
            Assert.False(string.IsNullOrWhiteSpace(h.Signer));
            Assert.Contains("T1574.001", h.Attack);
            Assert.NotEmpty(h.Sources);
            Assert.All(h.Sources, s => Assert.StartsWith("https://", s));
            Assert.InRange(h.Score, 40, 74);
        });
    }
}
