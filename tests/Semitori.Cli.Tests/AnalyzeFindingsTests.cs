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
    public void Scan_json_carries_score_band_technique_actor_and_source_for_pack_and_analyzer_findings()
    {
        File.WriteAllBytes(Path.Combine(_dir, "loader.dll"), EmittedAssemblies.ConfuserWatermarked);
        var pe = new byte[512];
        "MZ"u8.CopyTo(pe);
        pe[0x3C] = 0x40;
        "PE\0\0"u8.CopyTo(pe.AsSpan(0x40));
        "FuckYouAnti\0"u8.CopyTo(pe.AsSpan(0x100));
        File.WriteAllBytes(Path.Combine(_dir, "stage3.dll"), pe);
        var (exit, json, _) = CliRunner.Run("scan", "--json", "-q", _dir);
        Assert.Equal(1, exit);
        var findings = JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("findings").EnumerateArray()).ToList();

        JsonElement confuser = Assert.Single(findings, f => f.GetProperty("source").GetString() == "analyzer:confuserex");
        Assert.InRange(confuser.GetProperty("score").GetInt32(), 75, 100);
        Assert.Equal("alert", confuser.GetProperty("level").GetString());
        Assert.Contains("T1027.002", confuser.GetProperty("attack").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("APT10", confuser.GetProperty("actor").GetString());
        Assert.All(confuser.GetProperty("references").EnumerateArray(), r => Assert.StartsWith("https://", r.GetString(), StringComparison.Ordinal));
        Assert.NotEqual(0, confuser.GetProperty("references").GetArrayLength());

        JsonElement fyanti = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "Cicada_FYAnti_ThirdStage_Export");
        Assert.Equal("semitori:cicada", fyanti.GetProperty("source").GetString());
        Assert.Contains("S0628", fyanti.GetProperty("attack").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("APT10", fyanti.GetProperty("actor").GetString());
    }

    [Fact]
    public void An_ordinary_assembly_has_no_findings()
    {
        var (_, json, _) = CliRunner.Run("analyze", "--json", typeof(object).Assembly.Location);
        Assert.Equal(0, JsonDocument.Parse(json).RootElement.GetProperty("findings").GetArrayLength());
    }
}
