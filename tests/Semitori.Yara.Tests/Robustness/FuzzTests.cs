using System.Diagnostics;
using Semitori.Yara.Tests.Corpus;
using Xunit.Abstractions;

namespace Semitori.Yara.Tests.Robustness;

/// <summary>
/// Seeded property tests: mutated rules and random data never make the compiler or scanner
/// throw, hang or grow without bound. SEMITORI_FUZZ_ITERATIONS raises the count for long runs.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("SEMITORI_FUZZ_ITERATIONS"), out int n) ? n : 1500;

    [Fact]
    public void Mutated_rules_compile_or_fail_with_diagnostics_and_scans_terminate()
    {
        var seeds = CorpusCase.Load(Path.Combine(TestPaths.CorpusDir, "cases.jsonl")).Where(c => c.Modules.Count == 0).Select(c => c.Rule).ToList();
        var fuzzer = new RuleFuzzer(20261125);
        int compiled = 0, rejected = 0, scanned = 0;
        long slowest = 0;
        for (int i = 0; i < Iterations; i++)
        {
            string rule = fuzzer.Mutate(seeds[i % seeds.Count]);
            var sw = Stopwatch.StartNew();
            var compiler = new YaraCompiler(new CompilerOptions { AllowIncludes = false });
            compiler.AddSource(rule);
            if (compiler.HasErrors)
            {
                rejected++;
                Assert.All(compiler.Diagnostics.Where(d => d.IsError), d => Assert.False(string.IsNullOrEmpty(d.Code)));
            }
            else
            {
                compiled++;
                YaraScanner scanner = compiler.Build().CreateScanner(new ScanOptions { Timeout = TimeSpan.FromSeconds(5), MaxMatchesPerString = 10_000 });
                for (int k = 0; k < 3; k++)
                {
                    scanner.Scan(fuzzer.Data());
                    scanned++;
                }
            }

            slowest = Math.Max(slowest, sw.ElapsedMilliseconds);
        }

        output.WriteLine($"{Iterations} mutated rules: {compiled} compiled ({scanned} scans), {rejected} rejected with diagnostics; slowest case {slowest} ms");
        Assert.True(compiled > 0 && rejected > 0, "the mutations should produce both valid and invalid rules");
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Pathologically_nested_conditions_are_diagnosed_not_stack_overflows(int depth)
    {
        string condition = new string('(', depth) + "true" + new string(')', depth);
        var compiler = new YaraCompiler();
        compiler.AddSource($"rule deep {{ condition: {condition} }}");
        Assert.Contains(compiler.Diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep);
    }

    [Fact]
    public void Long_not_chains_and_unterminated_constructs_are_diagnosed()
    {
        var compiler = new YaraCompiler();
        compiler.AddSource("rule a { condition: " + string.Concat(Enumerable.Repeat("not ", 50_000)) + "true }\n"
            + "rule b { strings: $a = \"abc condition: $a }\nrule c { strings: $a = { 41 42 condition: $a }\nrule d { condition: /* never closed");
        Assert.True(compiler.HasErrors);
        Assert.Contains(compiler.Diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep);
        Assert.Contains(compiler.Diagnostics, d => d.Code == DiagnosticCodes.UnterminatedString);
    }

    [Fact]
    public void A_slow_rule_is_stopped_by_the_timeout()
    {
        var compiler = new YaraCompiler();
        compiler.AddSource("rule slow { condition: for any i in (0..filesize) : (for any j in (0..filesize) : (uint8(i) + uint8(j) < 0)) }");
        ScanResult result = compiler.Build().CreateScanner(new ScanOptions { Timeout = TimeSpan.FromMilliseconds(200) }).Scan(new byte[200_000]);
        Assert.True(result.TimedOut);
        Assert.Empty(result.Matching);
    }

    [Fact]
    public void The_match_limit_caps_a_string_that_matches_everywhere()
    {
        var compiler = new YaraCompiler();
        compiler.AddSource("rule many { strings: $a = { 00 00 } condition: #a > 10 }");
        ScanResult result = compiler.Build().CreateScanner(new ScanOptions { MaxMatchesPerString = 1000 }).Scan(new byte[100_000]);
        RuleMatch rule = Assert.Single(result.Matching);
        Assert.Equal(1000, rule.Strings.Single().Matches.Count);
        Assert.True(rule.Strings.Single().Truncated);
        Assert.NotEmpty(result.Warnings);
    }
}
