using Semitori.Yara.Modules;
using Semitori.Yara.Tests.Corpus;
using Xunit.Abstractions;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// The conformance corpus cases that import pe, dotnet, math, hash or time (libyara's own tests,
/// verified with yara 4.2.3), run with the built-in modules; pass counts per feature are printed.
/// </summary>
public sealed class ModuleCorpusTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Covered = ["pe", "dotnet", "math", "hash", "time"];

    [Fact]
    public void Every_module_case_passes()
    {
        IReadOnlyList<CorpusCase> cases = CorpusCase.Load(Path.Combine(TestPaths.CorpusDir, "cases.jsonl"));
        var selected = cases.Where(c => c.Modules.Count > 0 && c.Modules.All(Covered.Contains)).ToList();
        var failures = new List<(CorpusCase Case, string Why)>();
        var perFeature = new SortedDictionary<string, (int Pass, int Total)>(StringComparer.Ordinal);
        foreach (CorpusCase c in selected)
        {
            string? why;
            try
            {
                why = CorpusRunner.Run(c, YaraModuleCatalog.All);
            }
            catch (Exception ex)
            {
                why = "exception: " + ex.GetType().Name + ": " + ex.Message;
            }

            string key = $"{c.Feature} ({string.Join(",", c.Modules)})";
            (int pass, int total) = perFeature.GetValueOrDefault(key);
            perFeature[key] = (pass + (why is null ? 1 : 0), total + 1);
            if (why is not null)
            {
                failures.Add((c, why));
            }
        }

        foreach ((string feature, (int pass, int total)) in perFeature)
        {
            output.WriteLine($"{feature,-22} {pass,4}/{total,-4}");
        }

        output.WriteLine($"TOTAL {selected.Count - failures.Count}/{selected.Count} module cases");
        foreach ((CorpusCase c, string why) in failures)
        {
            output.WriteLine($"FAIL {c.Id} [{c.Feature}] {why}\n     {c.Rule.ReplaceLineEndings(" ")}");
        }

        Assert.True(selected.Count >= 100, $"only {selected.Count} module cases selected");
        Assert.True(failures.Count == 0, $"{failures.Count} module corpus cases fail (see output)");
    }
}
