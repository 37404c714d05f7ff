using Xunit.Abstractions;

namespace Semitori.Yara.Tests.Differential;

/// <summary>
/// signature-base's module-free rule files against the reference yara CLI: every file compiles
/// (or fails) exactly as with yara, and scanning real and planted files gives the same rules
/// and the same match offsets.
/// </summary>
public sealed class SignatureBaseDifferentialTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_module_free_file_compiles_like_yara_and_broken_copies_fail_like_yara()
    {
        Skip.If(YaraCli.Path is null, YaraCli.SkipReason);
        IReadOnlyList<string> files = SignatureBaseFixture.ModuleFreeFiles();
        Assert.True(files.Count > 500, $"expected the signature-base rules beside the repository, found {files.Count} files");
        string empty = Path.GetTempFileName();
        string dir = Directory.CreateTempSubdirectory("semitori-sbc-").FullName;
        try
        {
            var (exit, _, stderr) = YaraCli.Run(["-w", .. SignatureBaseFixture.YaraArguments(files), empty]);
            Assert.True(exit == 0, $"yara rejected signature-base: {stderr}");
            var ourFailures = new List<string>();
            foreach (string f in files)
            {
                var compiler = new YaraCompiler();
                SignatureBaseFixture.DefineExternals(compiler);
                compiler.AddFile(f);
                if (compiler.HasErrors)
                {
                    ourFailures.Add($"{Path.GetFileName(f)}: {compiler.Diagnostics.First(d => d.IsError)}");
                }
            }

            output.WriteLine($"{files.Count} module-free files: yara compiles all, Semitori fails {ourFailures.Count}");
            Assert.Empty(ourFailures);

            // Broken copies: both tools must reject each one.
            var random = new Random(7);
            int checkedCopies = 0;
            var disagreements = new List<string>();
            foreach (string f in files.Where((_, i) => i % 20 == 0))
            {
                string text = File.ReadAllText(f);
                string broken = random.Next(3) switch
                {
                    0 => text.Replace("condition:", "condition: $undefined_string_x and ", StringComparison.Ordinal),
                    1 => text[..text.LastIndexOf('}')],
                    _ => text.Replace("strings:", "strings:\n $dup_x = \"a\"\n $dup_x = \"b\"", StringComparison.Ordinal),
                };
                if (broken == text)
                {
                    continue;
                }

                string path = Path.Combine(dir, Path.GetFileName(f));
                File.WriteAllText(path, broken);
                var (yExit, _, _) = YaraCli.Run(["-w", .. SignatureBaseFixture.YaraArguments([path]), empty]);
                var compiler = new YaraCompiler();
                SignatureBaseFixture.DefineExternals(compiler);
                compiler.AddFile(path);
                checkedCopies++;
                if ((yExit != 0) != compiler.HasErrors)
                {
                    disagreements.Add($"{Path.GetFileName(f)}: yara exit {yExit}, semitori errors {compiler.HasErrors}");
                }
            }

            output.WriteLine($"{checkedCopies} broken copies: {disagreements.Count} disagreements");
            Assert.True(checkedCopies > 20);
            Assert.Empty(disagreements);
        }
        finally
        {
            File.Delete(empty);
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public void Scanning_real_and_planted_files_gives_the_same_matches_as_yara()
    {
        Skip.If(YaraCli.Path is null, YaraCli.SkipReason);
        IReadOnlyList<string> files = SignatureBaseFixture.ModuleFreeFiles();
        string dir = Directory.CreateTempSubdirectory("semitori-sbs-").FullName;
        try
        {
            SignatureBaseFixture.WritePlantedData(dir, files, count: 16, seed: 11);
            foreach (string sample in Directory.GetFiles(Path.Combine(TestPaths.CorpusDir, "data")))
            {
                File.Copy(sample, Path.Combine(dir, "corpus_" + Path.GetFileName(sample)));
            }

            string sdk = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            foreach (string dll in Directory.GetFiles(sdk, "*.dll").Order(StringComparer.Ordinal).Take(24))
            {
                File.Copy(dll, Path.Combine(dir, "sdk_" + Path.GetFileName(dll)));
            }

            var (exit, stdout, stderr) = YaraCli.Run(["-w", "-s", "-e", .. SignatureBaseFixture.YaraArguments(files), dir]);
            Assert.True(exit == 0, stderr);
            MatchSet reference = MatchSet.FromYaraOutput(stdout);

            var compiler = new YaraCompiler();
            SignatureBaseFixture.DefineExternals(compiler);
            foreach (string f in files)
            {
                compiler.AddFile(f, SignatureBaseFixture.Namespace(f));
            }

            Assert.False(compiler.HasErrors);
            MatchSet ours = MatchSet.FromScan(compiler.Build().CreateScanner(), dir);
            List<string> diffs = MatchSet.Compare(reference, ours, $"{Directory.GetFiles(dir).Length} files, {files.Count} rule files", output.WriteLine);

            Assert.True(reference.Items.Count > 100, "planted data should make many rules match");
            Assert.Empty(diffs);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
