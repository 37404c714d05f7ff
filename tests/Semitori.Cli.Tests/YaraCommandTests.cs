using System.Text.Json;

namespace Semitori.Cli.Tests;

/// <summary><c>semitori yara</c> as a drop-in: the same lines and exit codes as the yara command line.</summary>
public sealed class YaraCommandTests : IDisposable
{
    private const string Rules = """
        rule one : t1 t2 { meta: author = "me" n = 3 b = true s = "x\"y" strings: $a = "hello" $h = { 4D 5A } $r = /wor.d\\/ condition: any of them }
        rule two { condition: false }
        private rule three { condition: true }
        rule four { strings: $w = "hello" wide $x = "lo" xor(1-3) condition: $w or $x or three }
        rule five { strings: $f = "lo" $g = "wor" condition: $f at 6 and $g }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-cli-").FullName;

    public YaraCommandTests()
    {
        File.WriteAllText(Path.Combine(_dir, "r.yar"), Rules);
        File.WriteAllBytes(Path.Combine(_dir, "a.bin"), "MZ hello\tworld\\ \u0001\u0002 h\0e\0l\0l\0o\0 mn lo"u8.ToArray());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableTheory]
    [InlineData("-s")]
    [InlineData("-g", "-m")]
    [InlineData("-c")]
    [InlineData("-n")]
    [InlineData("-s", "-L", "-e")]
    [InlineData("-sg")]
    [InlineData("-i", "four", "-s")]
    [InlineData("-t", "t2")]
    public void Output_lines_equal_yara(params string[] options)
    {
        Skip.If(CliRunner.YaraPath is null, "yara is not installed (apt-get install -y yara)");
        string rules = Path.Combine(_dir, "r.yar"), target = Path.Combine(_dir, "a.bin");
        var (yExit, yOut) = CliRunner.Yara([.. options, rules, target]);
        var (sExit, sOut, _) = CliRunner.Run(["yara", .. options, rules, target]);
        Assert.Equal(yExit, sExit);
        Assert.Equal(yOut, sOut);
        Assert.NotEmpty(sOut);
    }

    [Fact]
    public void Compile_errors_and_missing_targets_exit_1_with_a_located_diagnostic()
    {
        string bad = Path.Combine(_dir, "bad.yar");
        File.WriteAllText(bad, "rule x {\n  condition: y\n}\n");
        var (exit, _, error) = CliRunner.Run("yara", bad, Path.Combine(_dir, "a.bin"));
        Assert.Equal(1, exit);
        Assert.Contains("bad.yar:2:14: error YR301: undefined identifier \"y\"", error);
        Assert.Contains("^", error);

        (exit, _, error) = CliRunner.Run("yara", Path.Combine(_dir, "r.yar"), Path.Combine(_dir, "missing.bin"));
        Assert.Equal(1, exit);
        Assert.Contains("could not open file", error);
    }

    [Fact]
    public void Jsonl_gives_one_parsable_object_per_matching_rule()
    {
        var (exit, output, _) = CliRunner.Run("yara", "--jsonl", Path.Combine(_dir, "r.yar"), Path.Combine(_dir, "a.bin"));
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rules = lines.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.TryGetProperty("rule", out _)).Select(e => e.GetProperty("rule").GetString()).ToList();
        Assert.Equal(["five", "four", "one"], rules.Order());
        JsonElement one = lines.Select(l => JsonDocument.Parse(l).RootElement).First(e => e.GetProperty("rule").GetString() == "one");
        Assert.Equal("me", one.GetProperty("meta").GetProperty("author").GetString());
        Assert.Contains(one.GetProperty("strings").EnumerateArray(), s => s.GetProperty("identifier").GetString() == "$h" && s.GetProperty("offset").GetInt64() == 0);
    }
}
