using Semitori.Hunting.Findings;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>
/// File-name IOCs: false-positive suppression that does not leak to later lines (Loki's bug),
/// no score reuse, negative scores, case rules, and Windows, Unix, driveless and archive paths.
/// </summary>
public sealed class FilenameIocTests
{
    private const string List = """
        # Cloud Hopper loader
        \\Temp\\starburn\.dll;80
        # procdump outside SysInternals
        (?i)\\procdump(64)?\.exe;50;(?i)\\SysInternals\\
        # PsExec where admins keep it
        \\SysInternals\\PsExec\.exe;-60
        # next line has no FP regex of its own
        \\tools\\procdump\.exe;70
        # drive-rooted path
        C:\\PerfLogs\\[^\\]+\.(exe|vbs);75
        # Unix path
        /dev/shm/kdmtmpflush;90
        """;

    private static readonly IocSet Set = IocTestLists.Load(("filename-iocs.txt", List));

    [Fact]
    public void List_loads_with_descriptions_and_fp_regexes_per_line()
    {
        Assert.Empty(Set.Diagnostics);
        Assert.Equal(6, Set.Filenames.Count);
        Assert.Equal("Cloud Hopper loader", Set.Filenames[0].Description);
        Assert.Equal([null, @"(?i)\\SysInternals\\", null, null, null, null], Set.Filenames.Select(f => f.FalsePositivePattern));
    }

    [Theory]
    [InlineData(@"C:\Users\a\AppData\Local\Temp\starburn.dll", "Cloud Hopper loader", 80)]
    [InlineData("/mnt/evidence/drive_c/users/a/Temp/starburn.dll", "Cloud Hopper loader", 80)]
    [InlineData("evidence.zip!Temp/starburn.dll", "Cloud Hopper loader", 80)]
    [InlineData(@"C:\Users\a\Downloads\PROCDUMP64.EXE", "procdump outside SysInternals", 50)]
    [InlineData(@"D:\PerfLogs\x.exe", null, 0)]
    [InlineData(@"C:\PerfLogs\x.exe", "drive-rooted path", 75)]
    [InlineData("/mnt/c/PerfLogs/x.vbs", "drive-rooted path", 75)]
    [InlineData("/dev/shm/kdmtmpflush", "Unix path", 90)]
    [InlineData(@"C:\Windows\System32\starburn.dll", null, 0)]
    [InlineData(@"C:\Users\a\AppData\Local\Temp\Starburn.dll", null, 0)]
    public void Paths_match_in_every_spelling(string path, string? rule, int score)
    {
        List<Finding> findings = IocTestLists.Run(Set, path);
        if (rule is null)
        {
            Assert.Empty(findings);
            return;
        }

        Finding f = Assert.Single(findings);
        Assert.Equal(("ioc:filename", rule, score), (f.Source, f.Rule, f.Score));
        Assert.Equal("APT-T", f.Actor);
    }

    [Fact]
    public void A_false_positive_regex_suppresses_only_its_own_line()
    {
        Assert.Empty(IocTestLists.Run(Set, @"C:\Program Files\SysInternals\procdump.exe"));
        Assert.Empty(IocTestLists.Run(Set, "/opt/SysInternals/procdump.exe"));

        // Loki would apply the SysInternals FP regex of line 4 to line 8 too and stay silent here.
        Finding f = Assert.Single(IocTestLists.Run(Set, @"C:\SysInternals\tools\procdump.exe"), x => x.Score == 70);
        Assert.Equal("next line has no FP regex of its own", f.Rule);
    }

    [Fact]
    public void Negative_scores_are_reported_as_negative()
    {
        Finding f = Assert.Single(IocTestLists.Run(Set, @"C:\SysInternals\PsExec.exe"));
        Assert.Equal(-60, f.Score);
        Assert.Equal(FindingLevel.Info, f.Level);
    }

    [Fact]
    public void Bad_lines_are_diagnostics_and_never_inherit_from_the_line_before()
    {
        IocSet set = IocTestLists.Load(("filename-iocs.txt", "# a\n\\\\ok\\.exe;60;fp\n\\\\noscore\\.exe\n\\\\bad(\\.exe;60\n\\\\fpbad\\.exe;60;[z-a]\nx;high\nx;1;2;3\n\\\\late\\.exe;40\n"));
        Assert.Equal([IocDiagnosticCodes.MissingScore, IocDiagnosticCodes.InvalidRegex, IocDiagnosticCodes.InvalidFalsePositiveRegex, IocDiagnosticCodes.InvalidScore, IocDiagnosticCodes.TooManyFields],
            set.Diagnostics.Select(d => d.Code));
        Assert.Equal([3, 4, 5, 6, 7], set.Diagnostics.Select(d => d.Position.Line));
        Assert.Equal(17, set.Diagnostics[2].Position.Column);
        Assert.Equal([@"\\ok\.exe", @"\\late\.exe"], set.Filenames.Select(f => f.Pattern));
        Assert.Null(set.Filenames[1].FalsePositivePattern);
    }

    [Fact]
    public void Patterns_the_linear_engine_cannot_run_still_match_through_the_timed_interpreter()
    {
        IocSet set = IocTestLists.Load(("filename-iocs.txt", "# lookahead\n\\\\(?!legit)[a-z]+\\\\payload\\.dll;65\n"));
        Assert.Single(IocTestLists.Run(set, @"C:\evil\payload.dll"));
        Assert.Empty(IocTestLists.Run(set, @"C:\legit\payload.dll"));
    }

    [Fact]
    public void A_catastrophic_pattern_on_a_hostile_path_ends_within_the_timeout()
    {
        IocSet set = IocTestLists.Load(("filename-iocs.txt", "# evil regex\n(a+)+\\1b;50\n"));
        Assert.Empty(IocTestLists.Run(set, new string('a', 5000)));
    }
}
