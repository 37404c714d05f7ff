namespace Semitori.Cli.Tests;

/// <summary><c>semitori yara --profile</c>: the match lines stay as without it, the cost report goes to stderr.</summary>
public sealed class YaraProfileTests : IDisposable
{
    private const string Rules = """
        rule costly { strings: $h = { 41 [1-40] 42 43 } condition: $h }
        rule cheap { strings: $a = "needle" condition: $a }
        rule never { condition: filesize > 100000 }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-profile-").FullName;

    public YaraProfileTests()
    {
        File.WriteAllText(Path.Combine(_dir, "r.yar"), Rules);
        byte[] data = new byte[4000];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (byte)(i % 3 == 0 ? 'A' : 'x');
        }

        "needle ABC"u8.CopyTo(data.AsSpan(100));
        File.WriteAllBytes(Path.Combine(_dir, "a.bin"), data);
        File.WriteAllBytes(Path.Combine(_dir, "b.bin"), "nothing here"u8.ToArray());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Profile_reports_on_stderr_and_leaves_the_match_lines_alone()
    {
        string rules = Path.Combine(_dir, "r.yar");
        var (plainExit, plainOut, _) = CliRunner.Run("yara", "-r", "-p", "2", rules, _dir);
        var (exit, output, error) = CliRunner.Run("yara", "-r", "-p", "2", "--profile", rules, _dir);

        Assert.Equal(0, plainExit);
        Assert.Equal(0, exit);
        Assert.Equal(Sorted(plainOut), Sorted(output));
        Assert.Contains($"costly {Path.Combine(_dir, "a.bin")}", output);
        Assert.Contains("profile: 3 files", error); // the rule file itself is in the folder too
        string[] lines = error.Split('\n');
        int rulesAt = Array.FindIndex(lines, l => l.StartsWith("costliest rules", StringComparison.Ordinal));
        int stringsAt = Array.FindIndex(lines, l => l.StartsWith("costliest strings", StringComparison.Ordinal));
        Assert.True(rulesAt >= 0 && stringsAt > rulesAt, error);
        // The hex string with a jump verifies many starts per atom hit: it is listed with its atom.
        Assert.Contains(lines[stringsAt..], l => l.Contains("default:costly:$h", StringComparison.Ordinal) && l.Contains('@'));
        Assert.Contains(lines[rulesAt..stringsAt], l => l.Contains("default:cheap", StringComparison.Ordinal));
    }

    private static string[] Sorted(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
