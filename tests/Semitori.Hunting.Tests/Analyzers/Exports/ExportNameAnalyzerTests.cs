using Semitori.Formats.Tests.Support;
using Semitori.Hunting.Analyzers.Exports;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Tests.Analyzers.Exports;

/// <summary>
/// The export-name analyzer on mingw-built DLLs: the FYAnti export is found with its band, ids,
/// actor and sources; longer, shorter and differently-cased exports, and the name as plain data,
/// are not; damaged copies never throw.
/// </summary>
public sealed class ExportNameAnalyzerTests(ExportFixtures fixtures) : IClassFixture<ExportFixtures>
{
    private readonly ExportNameAnalyzer _analyzer = new();

    [MingwFact]
    public void FyAnti_export_is_an_alert_with_actor_and_sources()
    {
        Finding f = Assert.Single(_analyzer.Analyze(FolderSubjects.Of(fixtures.FyAnti!)));
        Assert.Equal("analyzer:exports", f.Source);
        Assert.Equal("Export_FuckYouAnti", f.Rule);
        Assert.Equal(FindingLevel.Alert, f.Level);
        Assert.Equal(Finding.LevelOf(f.Score), f.Level);
        Assert.Contains("S0628", f.Attack);
        Assert.Equal("APT10", f.Actor);
        Assert.Equal("Semitori", f.Author);
        Assert.Contains(f.References, r => r.StartsWith("https://securelist.com/", StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.StartsWith("export 'FuckYouAnti'", StringComparison.Ordinal));
        Assert.Equal("true", f.Details!["dll"]);
    }

    [MingwFact]
    public void Look_alike_exports_and_the_name_as_data_are_not_flagged()
    {
        byte[] bytes = File.ReadAllBytes(fixtures.LookAlike!);
        Assert.True(bytes.AsSpan().IndexOf("FuckYouAnti\0"u8) >= 0, "the fixture must carry the exact name as data");
        Assert.Contains(Semitori.Formats.Pe.PeFile.FromBytes(bytes).Exports.Functions, e => e.Name == "FuckYouAntiVirusTest");
        Assert.Empty(_analyzer.Analyze(FolderSubjects.Of(fixtures.LookAlike!)));
    }

    [Theory]
    [InlineData("FuckYouAnti", true)]
    [InlineData("_FuckYouAnti@4", true)]
    [InlineData("FuckYouAnti@0", true)]
    [InlineData("FuckYouAntiVirusTest", false)]
    [InlineData("FuckYouAnt", false)]
    [InlineData("fuckyouanti", false)]
    [InlineData("_FuckYouAnti@x", false)]
    [InlineData("", false)]
    public void Table_matches_whole_names_and_stdcall_decoration(string export, bool expected) =>
        Assert.Equal(expected, ExportNameTable.BuiltIn.Find(export) is not null);

    [Fact]
    public void Every_table_entry_names_a_source_an_attack_id_and_a_score()
    {
        Assert.NotEmpty(ExportNameTable.BuiltIn.Entries);
        Assert.All(ExportNameTable.BuiltIn.Entries, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.All(e.Sources, s => Assert.StartsWith("https://", s));
            Assert.NotEmpty(e.Attack);
            Assert.InRange(e.Score, 40, 100);
        });
    }

    [MingwFact]
    public void Truncated_and_mutated_copies_never_throw()
    {
        byte[] original = File.ReadAllBytes(fixtures.FyAnti!);
        var random = new Random(4);
        for (int i = 0; i < 200; i++)
        {
            byte[] bytes = i % 2 == 0 ? original[..random.Next(original.Length)] : Mutate(original, random);
            _ = _analyzer.Analyze(new Semitori.Hunting.Analysis.FileSubject("mutant.dll", bytes)).ToList();
        }
    }

    internal static byte[] Mutate(byte[] original, Random random)
    {
        byte[] bytes = (byte[])original.Clone();
        for (int k = 0; k < 16; k++)
        {
            // Most of the damage lands in the headers and directories, where the parsers decide.
            int at = random.Next(2) == 0 ? random.Next(Math.Min(bytes.Length, 1024)) : random.Next(bytes.Length);
            bytes[at] = (byte)random.Next(256);
        }

        return bytes;
    }
}
