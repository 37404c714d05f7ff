using Xunit.Abstractions;

namespace Semitori.Yara.Tests.Corpus;

/// <summary>
/// The YARA conformance corpus (973 cases from libyara's own test suite, verified with yara
/// 4.2.3). Cases that need a module are run by the module test suites; here every case without
/// a module must pass, and the pass counts per feature are printed.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly string CasesPath = Path.Combine(TestPaths.CorpusDir, "cases.jsonl");

    [Fact]
    public void Every_case_without_a_module_passes()
    {
        IReadOnlyList<CorpusCase> cases = CorpusCase.Load(CasesPath);
        var selected = cases.Where(c => c.Modules.Count == 0).ToList();
        var failures = new List<(CorpusCase Case, string Why)>();
        var perFeature = new SortedDictionary<string, (int Pass, int Total)>(StringComparer.Ordinal);
        foreach (CorpusCase c in selected)
        {
            string? why;
            try
            {
                why = CorpusRunner.Run(c, []);
            }
            catch (Exception ex)
            {
                why = "exception: " + ex.GetType().Name + ": " + ex.Message;
            }

            (int pass, int total) = perFeature.GetValueOrDefault(c.Feature);
            perFeature[c.Feature] = (pass + (why is null ? 1 : 0), total + 1);
            if (why is not null)
            {
                failures.Add((c, why));
            }
        }

        foreach ((string feature, (int pass, int total)) in perFeature)
        {
            output.WriteLine($"{feature,-22} {pass,4}/{total,-4}");
        }

        int passed = selected.Count - failures.Count;
        output.WriteLine($"TOTAL {passed}/{selected.Count} ({100.0 * passed / selected.Count:F1} %) of {cases.Count} cases without modules");
        foreach ((CorpusCase c, string why) in failures)
        {
            output.WriteLine($"FAIL {c.Id} [{c.Feature}] {why}\n     {c.Rule.ReplaceLineEndings(" ")}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} corpus cases fail (see output)");
    }
}
