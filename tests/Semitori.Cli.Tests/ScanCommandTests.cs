using System.IO.Compression;
using System.Text.Json;

namespace Semitori.Cli.Tests;

/// <summary>
/// <c>semitori scan</c> end to end: third-party rule authors kept in every output format, archive
/// members reported by display path, machine formats parse, hostile names cannot drive the terminal.
/// </summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-scancli-").FullName;

    public ScanCommandTests()
    {
        File.WriteAllText(Path.Combine(_dir, "rules.yar"), """
            rule Third_Party_Marker {
              meta: author = "Jane Analyst (example.org)" description = "test marker" score = 65 reference = "https://example.org/r"
              strings: $a = "THIRD-PARTY-MARKER"
              condition: $a
            }
            """);
        Directory.CreateDirectory(Path.Combine(_dir, "target"));
        File.WriteAllText(Path.Combine(_dir, "target", "plain.txt"), "xx THIRD-PARTY-MARKER xx");
        using var zip = new ZipArchive(File.Create(Path.Combine(_dir, "target", "bundle.zip")), ZipArchiveMode.Create);
        using (var w = new StreamWriter(zip.CreateEntry("docs/inner.txt").Open()))
        {
            w.Write("THIRD-PARTY-MARKER");
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Jsonl_keeps_the_author_and_reports_archive_members()
    {
        var (exit, output, _) = Scan("--jsonl");
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l =>
        {
            Assert.Equal("Jane Analyst (example.org)", l.GetProperty("author").GetString());
            Assert.Equal("yara:rules.yar", l.GetProperty("source").GetString());
            Assert.Equal(65, l.GetProperty("file_score").GetInt32());
            Assert.Equal("warning", l.GetProperty("file_level").GetString());
            Assert.Equal(64, l.GetProperty("sha256").GetString()!.Length);
        });
        Assert.Contains(lines, l => l.GetProperty("path").GetString()!.EndsWith("bundle.zip!docs/inner.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_document_has_summary_and_files_and_csv_has_a_header_and_rows()
    {
        var (_, json, _) = Scan("--json");
        JsonElement root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(2, root.GetProperty("totals").GetProperty("warnings").GetInt32());
        Assert.Equal(3, root.GetProperty("totals").GetProperty("files").GetInt64()); // plain.txt, bundle.zip, its member
        Assert.Equal(2, root.GetProperty("files").GetArrayLength());

        var (_, csv, _) = Scan("--csv");
        string[] rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("file_level,file_score,path,sha256", rows[0], StringComparison.Ordinal);
        Assert.Equal(3, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.Contains("Jane Analyst (example.org)", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Table_shows_author_and_min_score_filters_files()
    {
        var (_, table, _) = Scan();
        Assert.Contains("author: Jane Analyst (example.org)", table, StringComparison.Ordinal);
        Assert.Contains("[WARNING] score 65", table, StringComparison.Ordinal);
        var (exit, output, _) = Scan("--min-score", "75");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Control_characters_in_names_are_escaped_in_the_table()
    {
        File.WriteAllText(Path.Combine(_dir, "target", "evil\u001b[2Jname.txt"), "THIRD-PARTY-MARKER");
        var (_, table, _) = Scan();
        Assert.DoesNotContain("\u001b", table, StringComparison.Ordinal);
        Assert.Contains("evil\\x1b[2Jname.txt", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyzer_selection_is_checked()
    {
        var (exit, _, error) = CliRunner.Run("scan", "--analyzers", "no-such-analyzer", _dir);
        Assert.Equal(2, exit);
        Assert.Contains("unknown analyzer 'no-such-analyzer'", error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("scan", "--list-analyzers").Exit);
    }

    [Fact]
    public void Html_report_is_written_whole_and_names_the_findings()
    {
        string html = Path.Combine(_dir, "report.html");
        var (exit, _, _) = Scan("--html", html);
        Assert.Equal(1, exit);
        string page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bundle.zip!docs/inner.txt", page, StringComparison.Ordinal);
        Assert.Contains("Jane Analyst (example.org)", page, StringComparison.Ordinal);
        Assert.Contains("Findings at warning level", page, StringComparison.Ordinal);
        Assert.False(File.Exists(html + ".partial"));
    }

    [Fact]
    public void Ioc_lists_from_a_folder_fire_and_a_trusted_hash_drops_every_finding_of_its_file()
    {
        string target = Path.Combine(_dir, "target", "plain.txt");
        string sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(target)));
        string iocs = Directory.CreateDirectory(Path.Combine(_dir, "iocs")).FullName;
        File.WriteAllText(Path.Combine(iocs, "my-hash-iocs.txt"), $"# planted test hash\n{sha256};80;Planted test file\n");
        File.WriteAllText(Path.Combine(iocs, "my-filename-iocs.txt"), "# planted name\n" + @"\\target\\plain\.txt;45" + "\n");
        var (exit, output, _) = Scan("--jsonl", "--iocs", iocs);
        Assert.Equal(1, exit);
        var plain = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("path").GetString()!.EndsWith("plain.txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ioc:filename", "ioc:hash", "yara:rules.yar"], plain.Select(l => l.GetProperty("source").GetString()).Order(StringComparer.Ordinal));
        Assert.All(plain, l => Assert.Equal(65 + 80 + 45, l.GetProperty("file_score").GetInt32()));

        File.WriteAllText(Path.Combine(iocs, "trusted-hashes.txt"), $"{sha256};known good\n");
        var (_, trusted, _) = Scan("--jsonl", "--iocs", iocs);
        Assert.DoesNotContain("plain.txt", trusted, StringComparison.Ordinal);
        Assert.Contains("bundle.zip!docs/inner.txt", trusted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_target_is_an_error_not_a_clean_result()
    {
        var (exit, _, error) = CliRunner.Run("scan", "--no-analyzers", Path.Combine(_dir, "does-not-exist"));
        Assert.Equal(2, exit);
        Assert.Contains("does-not-exist", error, StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Error) Scan(params string[] extra) =>
        CliRunner.Run(["scan", "-q", "--no-builtin", "--no-analyzers", "--rules", Path.Combine(_dir, "rules.yar"), .. extra, Path.Combine(_dir, "target")]);
}
