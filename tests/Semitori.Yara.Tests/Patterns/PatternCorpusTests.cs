using System.Text;
using Xunit.Abstractions;

namespace Semitori.Yara.Tests.Patterns;

/// <summary>
/// Conformance of the pattern engine against shared/yara-corpus (cases.jsonl verified with yara
/// 4.2.3, dropped.jsonl = newer 4.3–4.5 behaviour): every regex / hex case whose rule is one
/// pattern with a plain condition must give the expected compile error, match, captured bytes
/// or match length.
/// </summary>
public sealed class PatternCorpusTests(ITestOutputHelper output)
{
    /// <summary>Cases where the expected result depends on YARA behaviour this engine does not reproduce, with the reason.</summary>
    private static readonly Dictionary<string, string> KnownExceptions = new()
    {
    };

    [Fact]
    public void Every_applicable_corpus_case_gives_the_expected_result()
    {
        var skipped = new List<(string Id, string Reason)>();
        var cases = PatternCorpusCase.Load(skipped);
        var failures = new List<string>();
        int passed = 0;
        var perFile = new Dictionary<string, (int Pass, int Total)>();
        foreach (var c in cases)
        {
            string? problem = PatternCorpusRunner.Check(c);
            var (p, t) = perFile.GetValueOrDefault(c.File);
            perFile[c.File] = (problem is null ? p + 1 : p, t + 1);
            if (problem is null)
            {
                passed++;
            }
            else if (!KnownExceptions.ContainsKey(c.Id))
            {
                failures.Add($"{c.Id} [{c.Expect}] {(c.IsHex ? "{" + c.Pattern + "}" : "/" + c.Pattern + "/")}: {problem}");
            }
        }

        var report = new StringBuilder();
        report.AppendLine($"applicable: {cases.Count}, passed: {passed}, known exceptions: {KnownExceptions.Count}, skipped: {skipped.Count}");
        foreach (var (file, (p, t)) in perFile)
        {
            report.AppendLine($"  {file}: {p}/{t}");
        }

        foreach (var (id, reason) in skipped)
        {
            report.AppendLine($"  skipped {id}: {reason}");
        }

        foreach (var f in failures)
        {
            report.AppendLine($"  FAIL {f}");
        }

        output.WriteLine(report.ToString());
        Assert.True(cases.Count >= 300, $"only {cases.Count} applicable cases loaded");
        Assert.True(failures.Count == 0, report.ToString());
    }
}
