using System.Text.Json;
using Semitori.Formats.Tests.Support;

namespace Semitori.Cli.Tests;

/// <summary><c>semitori analyze</c> shows what the scan's analyzers conclude about the one file.</summary>
public sealed class AnalyzeFindingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-analyze-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_confuserex_watermarked_assembly_gets_the_analyzer_finding_in_json_and_text()
    {
        string path = Path.Combine(_dir, "loader.dll");
        File.WriteAllBytes(path, EmittedAssemblies.ConfuserWatermarked);
        var (exit, json, _) = CliRunner.Run("analyze", "--json", path);
        Assert.Equal(0, exit);
        JsonElement finding = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("analyzer:confuserex", finding.GetProperty("source").GetString());
        Assert.Equal("APT10", finding.GetProperty("actor").GetString());

        var (_, text, _) = CliRunner.Run("analyze", path);
        Assert.Contains("analyzers (1 findings)", text, StringComparison.Ordinal);
        Assert.Contains("(analyzer:confuserex) -> APT10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_assembly_has_no_findings()
    {
        var (_, json, _) = CliRunner.Run("analyze", "--json", typeof(object).Assembly.Location);
        Assert.Equal(0, JsonDocument.Parse(json).RootElement.GetProperty("findings").GetArrayLength());
    }
}
