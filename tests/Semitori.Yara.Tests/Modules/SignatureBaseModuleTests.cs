using System.Text.RegularExpressions;
using Semitori.Yara.Modules;
using Semitori.Yara.Tests.Differential;
using Xunit.Abstractions;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// The signature-base rule files that import modules, against the reference yara CLI: each file
/// compiles with Semitori exactly when it compiles with yara (externals filename, filepath,
/// extension, filetype, owner = "x"), and the files that compile give the same rule and string
/// matches on real PE files (corpus data, shared-framework assemblies, mingw builds).
/// </summary>
public sealed partial class SignatureBaseModuleTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Module_rule_files_compile_and_match_like_yara()
    {
        Skip.If(YaraCli.Path is null, YaraCli.SkipReason);
        var files = Directory.GetFiles(SignatureBaseFixture.YaraDir, "*.yar").Order(StringComparer.Ordinal)
            .Where(f => ImportLine().IsMatch(File.ReadAllText(f))).ToList();
        Assert.True(files.Count > 100, $"expected signature-base's module rule files, found {files.Count}");
        string dir = Directory.CreateTempSubdirectory("semitori-sbmod-").FullName;
        string empty = Path.Combine(dir, "empty.bin");
        File.WriteAllBytes(empty, []);
        try
        {
            var compiling = new List<string>();
            var disagreements = new List<string>();
            foreach (string f in files)
            {
                var (exit, _, stderr) = YaraCli.Run(["-w", .. SignatureBaseFixture.YaraArguments([f]), empty]);
                var compiler = new YaraCompiler(new CompilerOptions { Modules = YaraModuleCatalog.All });
                SignatureBaseFixture.DefineExternals(compiler);
                compiler.AddFile(f);
                if ((exit == 0) == compiler.HasErrors)
                {
                    string ours = compiler.HasErrors ? compiler.Diagnostics.First(d => d.IsError).ToString() : "compiles";
                    disagreements.Add($"{Path.GetFileName(f)}: yara {(exit == 0 ? "compiles" : stderr.Trim())}; semitori {ours}");
                }

                if (exit == 0 && !compiler.HasErrors)
                {
                    compiling.Add(f);
                }
            }

            output.WriteLine($"{files.Count} module rule files: {compiling.Count} compile with both, {disagreements.Count} compile disagreements");
            foreach (string d in disagreements)
            {
                output.WriteLine("COMPILE " + d);
            }

            File.Delete(empty);
            string samples = Directory.CreateDirectory(Path.Combine(dir, "samples")).FullName;
            ModuleSamples.CopyTo(samples);
            PlantIntoPeFiles(samples, compiling);
            var (scanExit, stdout, scanErr) = YaraCli.Run(["-w", "-s", "-e", .. SignatureBaseFixture.YaraArguments(compiling), samples]);
            Assert.True(scanExit == 0, scanErr);
            MatchSet reference = MatchSet.FromYaraOutput(stdout);

            var all = new YaraCompiler(new CompilerOptions { Modules = YaraModuleCatalog.All });
            SignatureBaseFixture.DefineExternals(all);
            foreach (string f in compiling)
            {
                all.AddFile(f, SignatureBaseFixture.Namespace(f));
            }

            Assert.False(all.HasErrors, string.Join("\n", all.Diagnostics.Where(d => d.IsError).Take(5)));
            YaraScanner scanner = all.Build().CreateScanner();
            var mine = new MatchSet();
            string[] sampleFiles = Directory.GetFiles(samples);
            foreach (string file in sampleFiles)
            {
                foreach (RuleMatch r in scanner.ScanFile(file).Matching)
                {
                    mine.Add(file, r);
                }
            }

            List<string> diffs = MatchSet.Diff(reference, mine);
            output.WriteLine($"{sampleFiles.Length} sample files × {all.RuleCount} rules: yara {reference.Items.Count} rule matches / {reference.Items.Values.Sum(v => v.Count)} string matches; {diffs.Count} differences");
            foreach (string d in diffs.Take(50))
            {
                output.WriteLine("MATCH " + d);
            }

            Assert.Empty(disagreements);
            Assert.True(reference.Items.Count > 20, "the planted PE files should make rules match");
            Assert.Empty(diffs);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Real PE files with the rules' own text strings appended as an overlay, so that rules
    /// combining strings with pe conditions (signatures, imports, sections…) can match.
    /// </summary>
    private static void PlantIntoPeFiles(string samples, IReadOnlyList<string> ruleFiles)
    {
        string planted = Directory.CreateTempSubdirectory("semitori-sbmod-planted-").FullName;
        try
        {
            SignatureBaseFixture.WritePlantedData(planted, ruleFiles, count: 12, seed: 5);
            string[] hosts = Directory.GetFiles(samples).Where(f => Path.GetFileName(f) is "corpus_tiny" or "mingw_sample.dll" or "corpus_mtxex.dll"
                || Path.GetFileName(f).StartsWith("sdk_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(6).ToArray();
            string[] payloads = Directory.GetFiles(planted).Order(StringComparer.Ordinal).ToArray();
            for (int i = 0; i < payloads.Length && hosts.Length > 0; i++)
            {
                byte[] host = File.ReadAllBytes(hosts[i % hosts.Length]);
                File.WriteAllBytes(Path.Combine(samples, $"planted_pe{i:D2}.bin"), [.. host, .. File.ReadAllBytes(payloads[i])]);
            }
        }
        finally
        {
            Directory.Delete(planted, recursive: true);
        }
    }

    [GeneratedRegex(@"^\s*import\s+""", RegexOptions.Multiline)]
    private static partial Regex ImportLine();
}
