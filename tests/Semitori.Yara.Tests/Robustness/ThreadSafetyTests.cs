using Semitori.Yara.Tests.Differential;

namespace Semitori.Yara.Tests.Robustness;

/// <summary>One compiled rule set, one scanner per thread: parallel scans give the sequential results.</summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public void Parallel_scanners_over_shared_rules_agree_with_a_sequential_scan()
    {
        var generator = new RuleGenerator(42);
        var compiler = new YaraCompiler();
        compiler.AddSource(generator.Rules(80));
        Assert.False(compiler.HasErrors, string.Join("\n", compiler.Diagnostics));
        CompiledRules rules = compiler.Build();
        byte[][] inputs = Enumerable.Range(0, 48).Select(i => generator.Data(3000 + (i * 97))).ToArray();

        YaraScanner sequential = rules.CreateScanner();
        string[] expected = inputs.Select(d => Describe(sequential.Scan(d))).ToArray();

        var actual = new string[inputs.Length];
        using var scanners = new ThreadLocal<YaraScanner>(() => rules.CreateScanner());
        Parallel.For(0, inputs.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int k = i % inputs.Length;
            string d = Describe(scanners.Value!.Scan(inputs[k]));
            lock (actual)
            {
                Assert.True(actual[k] is null || actual[k] == d);
                actual[k] = d;
            }
        });

        Assert.Equal(expected, actual);
        Assert.Contains(expected, e => e.Length > 0);
    }

    private static string Describe(ScanResult r) =>
        string.Join(";", r.Matching.Select(m => m.Rule + ":" + string.Join(",", m.Strings.SelectMany(s => s.Matches.Select(x => $"{s.Identifier}@{x.Offset}")))));
}
