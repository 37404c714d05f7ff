using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Patterns;

/// <summary>The gap fast path and the Pike VM must report the same match for every start (runtime's "same tests on every backend").</summary>
public sealed class BackendEquivalenceTests
{
    [Theory]
    [InlineData(7, 1500, 60)]
    [InlineData(8, 300, 400)]
    public void Gap_matcher_agrees_with_the_pike_vm(int seed, int patterns, int maxData)
    {
        var gen = new RandomPatterns(seed);
        int compared = 0;
        for (int i = 0; i < patterns; i++)
        {
            var parsed = i % 2 == 0 ? HexStringParser.Parse(gen.Hex()) : RegexParser.Parse(gen.Regex(lazy: i % 3 == 0), i % 5 == 0, i % 4 == 0);
            if (parsed.Node is null)
            {
                continue;
            }

            var options = new PatternOptions(CaseInsensitive: i % 5 == 0, DotAll: i % 4 == 0, Wide: i % 3 == 1);
            var fast = GapMatcher.TryCreate(parsed.Node, options);
            if (fast is null)
            {
                continue;
            }

            var program = ProgramCompiler.Compile(parsed.Node, options);
            byte[] data = gen.Data(0, maxData);
            if (options.Wide)
            {
                // Mostly well-formed UTF-16LE with a few odd bytes.
                data = data.SelectMany((b, k) => k % 9 == 4 ? new[] { b } : new[] { b, (byte)0 }).ToArray();
            }
            for (int s = 0; s <= data.Length; s++)
            {
                int limit = Math.Min(data.Length, s + 1 + (i % (maxData - 10)));
                Assert.Equal(PikeVm.MatchAt(program, data, s, limit), fast.MatchAt(data, s, limit));
                compared++;
            }
        }

        Assert.True(compared > 5000, $"only {compared} comparisons");
    }

    [Fact]
    public void IsMatch_agrees_with_MatchAt_at_some_start()
    {
        var gen = new RandomPatterns(99);
        int positives = 0, negatives = 0;
        for (int i = 0; i < 1500; i++)
        {
            var parsed = i % 3 == 0 ? HexStringParser.Parse(gen.Hex()) : RegexParser.Parse(gen.Regex(lazy: i % 4 == 0), i % 5 == 0, i % 2 == 0);
            if (parsed.Node is null)
            {
                continue;
            }

            var m = PatternMatcher.Create(parsed.Node, new PatternOptions(Wide: i % 7 == 0));
            byte[] data = gen.Data(0, 80);
            bool any = false;
            for (int s = 0; s <= data.Length && !any; s++)
            {
                any = m.MatchAt(data, s, int.MaxValue) >= 0;
            }

            Assert.Equal(any, m.IsMatch(data));
            positives += any ? 1 : 0;
            negatives += any ? 0 : 1;
        }

        Assert.True(positives > 200 && negatives > 200, $"{positives} positive, {negatives} negative");
    }
}
