using Semitori.Formats.Tests.Support;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Analyzers.ConfuserEx;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Tests.Analyzers.ConfuserEx;

/// <summary>
/// The ConfuserEx analyzer on emitted assemblies: the v1.0.0 watermark is an APT10 alert, other
/// versions and watermark-less structure score lower, each structural trait is found on its own,
/// and look-alikes (the watermark text as a user string, ordinary and SDK assemblies) stay clean.
/// </summary>
public sealed class ConfuserExAnalyzerTests
{
    private static readonly Lazy<byte[]> FullStructure = new(() => ConfuserLikeAssemblies.Build(new ConfuserLikeOptions
    {
        ModuleRuntime = true, NativeGuards = true, UnprintableNames = true, AntiTamper = true, SchemaStream = true,
    }));

    private readonly ConfuserExAnalyzer _analyzer = new();

    [Fact]
    public void Watermark_v1_0_0_is_an_apt10_alert()
    {
        Finding f = Assert.Single(Analyze(ConfuserLikeAssemblies.Build(new ConfuserLikeOptions { Watermark = "ConfuserEx v1.0.0" })));
        Assert.Equal("analyzer:confuserex", f.Source);
        Assert.Equal("ConfuserEx_v1_0_0_Watermark", f.Rule);
        Assert.Equal(ConfuserExAnalyzer.Apt10WatermarkScore, f.Score);
        Assert.Equal(FindingLevel.Alert, f.Level);
        Assert.Equal(["T1027.002"], f.Attack);
        Assert.Equal("APT10", f.Actor);
        Assert.Equal("Semitori", f.Author);
        Assert.Contains(f.References, r => r.StartsWith("https://symantec-enterprise-blogs.security.com/", StringComparison.Ordinal));
        Assert.Equal("ConfuserEx v1.0.0", f.Details!["version"]);
        Assert.Equal("watermark", f.Details["protections"]);
        Assert.Contains("watermark: ConfusedByAttribute(\"ConfuserEx v1.0.0\") on the module", f.Evidence);
    }

    [Fact]
    public void Formats_watermark_fixture_is_found_too()
    {
        Finding f = Assert.Single(Analyze(EmittedAssemblies.ConfuserWatermarked));
        Assert.Equal(FindingLevel.Alert, f.Level);
        Assert.Equal("ConfuserEx v1.0.0", f.Details!["version"]);
    }

    [Fact]
    public void Watermark_with_structure_lists_every_protection_and_scores_higher()
    {
        byte[] image = ConfuserLikeAssemblies.Build(new ConfuserLikeOptions
        {
            Watermark = "ConfuserEx v1.0.0", ModuleRuntime = true, NativeGuards = true, UnprintableNames = true, ControlFlow = true,
        });
        Finding f = Assert.Single(Analyze(image));
        string[] expected = ["watermark", "anti-debug/anti-dump", "constants", "resources", "module-initializer", "renaming", "control-flow"];
        Assert.Equal(expected.Order(), f.Details!["protections"].Split(", ").Order());
        Assert.Equal(ConfuserExAnalyzer.Apt10WatermarkScore + (ConfuserExAnalyzer.PerTrait * 6), f.Score);
        Assert.Equal("7", f.Details["traits"]);
    }

    [Theory]
    [InlineData("ConfuserEx v1.0.0-custom", "ConfuserEx_v1_0_0_Build_Watermark", 65, FindingLevel.Warning)]
    [InlineData("ConfuserEx v1.0.0-12-g1a2b3c4", "ConfuserEx_v1_0_0_Build_Watermark", 65, FindingLevel.Warning)]
    [InlineData("ConfuserEx v1.5.0", "ConfuserEx_Watermark", 50, FindingLevel.Notice)]
    [InlineData("ConfuserEx v1.0.0x", "ConfuserEx_Watermark", 50, FindingLevel.Notice)]
    public void Other_versions_score_below_the_apt10_release(string version, string rule, int score, FindingLevel level)
    {
        Finding f = Assert.Single(Analyze(ConfuserLikeAssemblies.Build(new ConfuserLikeOptions { Watermark = version })));
        Assert.Equal(rule, f.Rule);
        Assert.Equal(score, f.Score);
        Assert.Equal(level, f.Level);
        Assert.Equal(string.Empty, f.Actor);
        Assert.Equal(version, f.Details!["version"]);
    }

    [Fact]
    public void Structure_without_watermark_is_a_warning_without_actor()
    {
        Finding f = Assert.Single(Analyze(FullStructure.Value));
        Assert.Equal("ConfuserEx_Structure", f.Rule);
        Assert.Equal(FindingLevel.Warning, f.Level);
        Assert.Equal(ConfuserExAnalyzer.OtherCap, f.Score);
        Assert.Equal(string.Empty, f.Actor);
        Assert.Equal(["T1027.002"], f.Attack);
        string[] expected = ["anti-tamper", "anti-debug/anti-dump", "constants", "resources", "module-initializer", "renaming", "invalid-metadata"];
        Assert.Equal(expected.Order(), f.Details!["protections"].Split(", ").Order());
        Assert.Contains(f.Evidence, e => e.StartsWith("anti-tamper: first section with unprintable name", StringComparison.Ordinal) && e.EndsWith("(encrypted)", StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.Contains("#Schema", StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.Contains("VirtualProtect", StringComparison.Ordinal) && e.Contains("IsDebuggerPresent", StringComparison.Ordinal));
    }

    // Each artefact alone, under a neutral watermark so a finding exists: exactly its traits appear.
    [Theory]
    [InlineData("module-runtime", "constants,resources,module-initializer", 2 + 2 + 1)]
    [InlineData("native-guards", "anti-debug/anti-dump", 2)]
    [InlineData("names", "renaming", 2)]
    [InlineData("control-flow", "control-flow", 2)]
    [InlineData("anti-tamper", "anti-tamper", 2)]
    [InlineData("schema", "invalid-metadata", 2)]
    public void Each_structural_trait_is_found_on_its_own(string artefact, string traits, int weight)
    {
        var options = new ConfuserLikeOptions
        {
            Watermark = "ConfuserEx v1.5.0",
            ModuleRuntime = artefact == "module-runtime",
            NativeGuards = artefact == "native-guards",
            UnprintableNames = artefact == "names",
            ControlFlow = artefact == "control-flow",
            AntiTamper = artefact == "anti-tamper",
            SchemaStream = artefact == "schema",
        };
        Finding f = Assert.Single(Analyze(ConfuserLikeAssemblies.Build(options)));
        Assert.Equal(["watermark", .. traits.Split(',')], f.Details!["protections"].Split(", "));
        Assert.Equal(Math.Min(ConfuserExAnalyzer.OtherCap, ConfuserExAnalyzer.OtherWatermarkScore + (3 * weight)), f.Score);
    }

    // C++/CLI fills <Module> with P/Invokes and a .cctor legitimately; those traits need an IL-only module.
    [Fact]
    public void Mixed_mode_modules_do_not_count_global_pinvokes_or_initializer()
    {
        byte[] image = ConfuserLikeAssemblies.Build(new ConfuserLikeOptions { Watermark = "ConfuserEx v1.5.0", ModuleRuntime = true, NativeGuards = true });
        Assert.Equal("watermark, anti-debug/anti-dump, constants, resources, module-initializer", Assert.Single(Analyze(image)).Details!["protections"]);
        using (var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream((byte[])image.Clone())))
        {
            int flags = pe.PEHeaders.CorHeaderStartOffset + 16;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(flags), 0);
        }

        Assert.Equal("watermark, constants, resources", Assert.Single(Analyze(image)).Details!["protections"]);
    }

    [Fact]
    public void Compressor_stub_file_row_is_a_trait()
    {
        Assert.Equal(["compressor"], ConfuserExAnalyzer.FindTraits(new FileSubject("stub.exe", MinimalImages.WithFileRow("koi"))).Select(t => t.Id));
        Assert.Empty(ConfuserExAnalyzer.FindTraits(new FileSubject("multi.dll", MinimalImages.WithFileRow("koi.netmodule"))));
        Assert.Empty(ConfuserExAnalyzer.FindTraits(new FileSubject("native.dll", new byte[] { 0x4D, 0x5A, 0, 0 })));
    }

    [Fact]
    public void Edit_and_continue_rows_are_invalid_only_in_a_compressed_stream()
    {
        Assert.Empty(ConfuserExAnalyzer.FindTraits(new FileSubject("delta.dll", MinimalImages.WithEncRows())));
        ConfuserExTrait trait = Assert.Single(ConfuserExAnalyzer.FindTraits(new FileSubject("enc.dll", MinimalImages.WithEncRowsInCompressedStream())));
        Assert.Equal("invalid-metadata", trait.Id);
        Assert.Contains("1 ENCLog / 1 ENCMap rows in #~", trait.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_strong_trait_without_watermark_is_not_reported()
    {
        Assert.Empty(Analyze(ConfuserLikeAssemblies.Build(new ConfuserLikeOptions { ControlFlow = true })));
        Assert.Empty(Analyze(ConfuserLikeAssemblies.Build(new ConfuserLikeOptions { NativeGuards = true })));
    }

    [Fact]
    public void Watermark_text_as_a_user_string_is_not_a_watermark()
    {
        byte[] image = ConfuserLikeAssemblies.Build(new ConfuserLikeOptions { UserString = "ConfusedByAttribute ConfuserEx v1.0.0" });
        Assert.Contains(Semitori.Formats.DotNet.DotNetFile.FromBytes(image).UserStrings, s => s.Value.Contains("ConfuserEx v1.0.0", StringComparison.Ordinal));
        Assert.Empty(Analyze(image));
        Assert.Empty(Analyze(ConfuserLikeAssemblies.Build(new ConfuserLikeOptions())));
    }

    [Fact]
    public void Sdk_assemblies_are_clean()
    {
        string[] assemblies =
        [
            typeof(object).Assembly.Location, typeof(Enumerable).Assembly.Location, typeof(System.Text.Json.JsonSerializer).Assembly.Location,
            typeof(System.Reflection.Metadata.MetadataReader).Assembly.Location, typeof(Semitori.Formats.Pe.PeFile).Assembly.Location,
        ];
        foreach (string path in assemblies)
        {
            FileSubject subject = FolderSubjects.Of(path, File.ReadAllBytes(path));
            Assert.NotNull(subject.DotNet);
            Assert.Empty(_analyzer.Analyze(subject));
        }
    }

    [Fact]
    public void Truncated_and_mutated_fixtures_never_throw()
    {
        byte[] original = ConfuserLikeAssemblies.Build(new ConfuserLikeOptions { Watermark = "ConfuserEx v1.0.0", ModuleRuntime = true, NativeGuards = true, ControlFlow = true });
        var random = new Random(21);
        foreach (byte[] source in new[] { original, FullStructure.Value })
        {
            for (int i = 0; i < 150; i++)
            {
                byte[] bytes = i % 2 == 0 ? source[..random.Next(source.Length)] : Exports.ExportNameAnalyzerTests.Mutate(source, random);
                _ = Analyze(bytes);
            }
        }
    }

    private List<Finding> Analyze(byte[] image) => _analyzer.Analyze(new FileSubject("fixture.dll", image)).ToList();
}
