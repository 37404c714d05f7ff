using System.IO.Compression;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;
using Semitori.Hunting.Sweep;
using Semitori.Hunting.Targets;

namespace Semitori.Hunting.Tests.Sweep;

/// <summary>
/// ZIP archives in a sweep: members are scanned under <c>archive!member</c> paths, nested archives
/// down to the depth limit, neighbours are the members of the same archive folder, and hostile
/// archives (bombs, too many members, damage, lies about sizes) cost bounded work and are reported.
/// </summary>
public sealed class ArchiveSweepTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-zip-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Members_and_nested_members_are_scanned_with_display_paths()
    {
        byte[] inner = Zip(("deep/marker.bin", Marker("two")));
        WriteZip("outer.zip", ("a/marker.bin", Marker("one")), ("a/inner.zip", inner), ("a/plain.txt", "nothing"u8.ToArray()));
        var (verdicts, errors, stats) = Sweep(new MarkerAnalyzer());
        Assert.Empty(errors);
        Assert.Equal(
            [Path.Combine(_dir, "outer.zip") + "!a/inner.zip!deep/marker.bin", Path.Combine(_dir, "outer.zip") + "!a/marker.bin"],
            verdicts.Select(v => v.Path).Order(StringComparer.Ordinal));
        Assert.Equal(5, stats.Files); // outer, three members, one nested member
        Assert.Equal(4, stats.ArchiveMembers);
    }

    [Fact]
    public void Depth_limit_stops_nesting()
    {
        WriteZip("outer.zip", ("inner.zip", Zip(("marker.bin", Marker("deep")))));
        var (verdicts, _, _) = Sweep(new MarkerAnalyzer(), new ArchiveLimits { MaxDepth = 1 });
        Assert.Empty(verdicts);
        var (deeper, _, _) = Sweep(new MarkerAnalyzer(), new ArchiveLimits { MaxDepth = 2 });
        Assert.Single(deeper);
    }

    [Fact]
    public void Neighbours_of_a_member_are_the_other_members_of_its_folder()
    {
        WriteZip("pair.zip", ("x/marker.bin", Marker("n")), ("x/loader.dll", "MZ-loader"u8.ToArray()), ("y/other.dll", "MZ"u8.ToArray()));
        var analyzer = new NeighbourAnalyzer();
        Sweep(analyzer);
        Assert.Equal(["loader.dll"], analyzer.Seen);
        Assert.Equal("MZ-lo", analyzer.Head);
    }

    [Fact]
    public void Zip_bomb_member_is_skipped_and_reported()
    {
        WriteZip("bomb.zip", ("zeros.bin", new byte[4 * 1024 * 1024]), ("marker.bin", Marker("ok")));
        var (verdicts, errors, _) = Sweep(new MarkerAnalyzer(), new ArchiveLimits { MaxCompressionRatio = 100 });
        Assert.Contains(errors, e => e.Contains("zeros.bin", StringComparison.Ordinal) && e.Contains("ratio", StringComparison.Ordinal));
        Assert.Single(verdicts);
    }

    [Fact]
    public void Member_count_and_total_budget_are_bounded()
    {
        var members = Enumerable.Range(0, 50).Select(i => ($"m{i:D2}.bin", Marker(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToArray();
        WriteZip("many.zip", members);
        var (verdicts, errors, _) = Sweep(new MarkerAnalyzer(), new ArchiveLimits { MaxMembers = 10 });
        Assert.Equal(10, verdicts.Count);
        Assert.Contains(errors, e => e.Contains("more than 10 members", StringComparison.Ordinal));

        var (budgeted, budgetErrors, _) = Sweep(new MarkerAnalyzer(), new ArchiveLimits { MaxTotalBytes = 5 * Marker("00").Length });
        Assert.Equal(5, budgeted.Count);
        Assert.Contains(budgetErrors, e => e.Contains("budget", StringComparison.Ordinal));
    }

    [Fact]
    public void Damaged_archives_are_reported_and_the_file_itself_still_scanned()
    {
        byte[] zip = Zip(("marker.bin", Marker("x")));
        byte[] truncated = zip.AsSpan(0, zip.Length / 2).ToArray();
        truncated.AsSpan(0, 4).CopyTo(truncated); // still starts with PK\3\4
        File.WriteAllBytes(Path.Combine(_dir, "broken.zip"), [.. truncated, .. Marker("outer")]);
        var (verdicts, errors, _) = Sweep(new MarkerAnalyzer());
        Assert.Contains(errors, e => e.Contains("broken.zip", StringComparison.Ordinal));
        Assert.Contains(verdicts, v => v.Path.EndsWith("broken.zip", StringComparison.Ordinal));
    }

    [Fact]
    public void Archives_can_be_left_closed()
    {
        WriteZip("outer.zip", ("marker.bin", Marker("one")));
        var findings = new List<FileVerdict>();
        new FileSweep(null, [new MarkerAnalyzer()], new SweepOptions { Threads = 1, Archives = false }).Run([_dir], findings.Add, (_, _) => { });
        Assert.Empty(findings);
    }

    private (List<FileVerdict> Verdicts, List<string> Errors, SweepStatistics Stats) Sweep(IFileAnalyzer analyzer, ArchiveLimits? limits = null)
    {
        var verdicts = new List<FileVerdict>();
        var errors = new List<string>();
        var sweep = new FileSweep(null, [analyzer], new SweepOptions { Threads = 1, ArchiveLimits = limits ?? new ArchiveLimits() });
        sweep.Run([_dir], verdicts.Add, (p, m) => errors.Add($"{p}: {m}"));
        return (verdicts, errors, sweep.Statistics);
    }

    private static byte[] Marker(string id) => System.Text.Encoding.ASCII.GetBytes("SEMITORI-TEST-MARKER " + id);

    private void WriteZip(string name, params (string Name, byte[] Data)[] members) => File.WriteAllBytes(Path.Combine(_dir, name), Zip(members));

    private static byte[] Zip(params (string Name, byte[] Data)[] members)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] data) in members)
            {
                using Stream entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(data);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Flags any file containing the test marker: a stand-in for a real analyzer.</summary>
    private sealed class MarkerAnalyzer : IFileAnalyzer
    {
        public string Name => "marker";

        public IEnumerable<Finding> Analyze(FileSubject file)
        {
            if (file.Data.Span.IndexOf("SEMITORI-TEST-MARKER"u8) >= 0)
            {
                yield return new Finding(file.Path, "analyzer:marker", "Marker", 50, FindingLevel.Notice, "test", "", [], "", [], []);
            }
        }
    }

    /// <summary>Records the neighbours of the marked file.</summary>
    private sealed class NeighbourAnalyzer : IFileAnalyzer
    {
        public List<string> Seen { get; } = [];

        public string Head { get; private set; } = string.Empty;

        public string Name => "neighbours";

        public IEnumerable<Finding> Analyze(FileSubject file)
        {
            if (file.Name == "marker.bin")
            {
                Seen.AddRange(file.Neighbours.Select(n => n.Name));
                Head = System.Text.Encoding.ASCII.GetString(file.Neighbours[0].ReadHead(5));
            }

            return [];
        }
    }
}
