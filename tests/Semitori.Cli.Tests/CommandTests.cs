using System.Text.Json;

namespace Semitori.Cli.Tests;

/// <summary>Every command is reachable, teaches with --help, and keeps its exit-code contract.</summary>
public sealed class CommandTests
{
    [Fact]
    public void Top_level_help_lists_every_command()
    {
        var (exit, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, exit);
        foreach (string command in new[] { "yara", "scan", "analyze", "logs", "intel" })
        {
            Assert.Contains($"  {command}", output);
        }
    }

    [Theory]
    [InlineData("yara")]
    [InlineData("scan")]
    [InlineData("analyze")]
    [InlineData("logs")]
    [InlineData("intel")]
    public void Every_command_has_help_with_examples(string command)
    {
        var (exit, output, error) = CliRunner.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("semitori " + command, output + error);
    }

    [Fact]
    public void Unknown_commands_and_bad_options_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("frobnicate").Exit);
        Assert.Equal(2, CliRunner.Run("scan", "--no-such-option", ".").Exit);
    }

    [Fact]
    public void Scan_finds_a_planted_artifact_and_exits_1_then_0_when_clean()
    {
        string dir = Directory.CreateTempSubdirectory("semitori-scan-").FullName;
        try
        {
            var pe = new byte[512];
            "MZ"u8.CopyTo(pe);
            pe[0x3C] = 0x40;
            "PE\0\0"u8.CopyTo(pe.AsSpan(0x40));
            "FuckYouAnti\0"u8.CopyTo(pe.AsSpan(0x100));
            File.WriteAllBytes(Path.Combine(dir, "stage3.dll"), pe);
            var (exit, output, _) = CliRunner.Run("scan", "--jsonl", "-q", dir);
            Assert.Equal(1, exit);
            JsonElement f = JsonDocument.Parse(output.Trim()).RootElement;
            Assert.Equal("Cicada_FYAnti_ThirdStage_Export", f.GetProperty("rule").GetString());
            Assert.Equal("alert", f.GetProperty("level").GetString());

            File.Delete(Path.Combine(dir, "stage3.dll"));
            File.WriteAllText(Path.Combine(dir, "notes.txt"), "nothing to see");
            Assert.Equal(0, CliRunner.Run("scan", "-q", dir).Exit);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Analyze_reports_a_real_assembly_as_json()
    {
        string dll = typeof(object).Assembly.Location;
        var (exit, output, _) = CliRunner.Run("analyze", "--json", dll);
        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Contains("System.Private.CoreLib", output);
    }

    [Fact]
    public void Intel_show_finds_the_actor_by_alias()
    {
        var (exit, output, _) = CliRunner.Run("intel", "show", "Cicada");
        Assert.Equal(0, exit);
        Assert.Contains("APT10", output);
    }
}
