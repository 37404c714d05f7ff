using Xunit.Abstractions;

namespace Semitori.Yara.Tests.Differential;

/// <summary>
/// Differential test on generated rules and data: the same rule file is scanned over the same
/// files by the reference yara CLI and by Semitori; matching rules and every match offset
/// (yara -s) must agree.
/// </summary>
public sealed class GeneratedDifferentialTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generated_rules_match_exactly_like_yara(int seed)
    {
        Skip.If(YaraCli.Path is null, YaraCli.SkipReason);
        string dir = Directory.CreateTempSubdirectory($"semitori-diff-{seed}-").FullName;
        bool passed = false;
        try
        {
            var generator = new RuleGenerator(seed);
            string rulesPath = Path.Combine(dir, "rules.yar");
            File.WriteAllText(rulesPath, generator.Rules(120));
            string dataDir = Directory.CreateDirectory(Path.Combine(dir, "data")).FullName;
            for (int i = 0; i < 12; i++)
            {
                File.WriteAllBytes(Path.Combine(dataDir, $"f{i:D2}.bin"), generator.Data(2000 + (i * 700)));
            }

            var (exit, stdout, stderr) = YaraCli.Run(["-w", "-s", "-e", rulesPath, dataDir]);
            Assert.True(exit == 0, $"yara failed: {stderr}");
            MatchSet reference = MatchSet.FromYaraOutput(stdout);

            var compiler = new YaraCompiler();
            compiler.AddFile(rulesPath);
            Assert.False(compiler.HasErrors, string.Join("\n", compiler.Diagnostics));
            MatchSet ours = MatchSet.FromScan(compiler.Build().CreateScanner(), dataDir);
            List<string> diffs = MatchSet.Compare(reference, ours, $"seed {seed}", output.WriteLine);

            Assert.True(reference.Items.Count > 10, "the generated data should make rules match");
            Assert.Empty(diffs);
            passed = true;
        }
        finally
        {
            // A failing run keeps its rules and data for inspection.
            if (passed)
            {
                Directory.Delete(dir, recursive: true);
            }
            else
            {
                output.WriteLine($"kept {dir}");
            }
        }
    }
}
