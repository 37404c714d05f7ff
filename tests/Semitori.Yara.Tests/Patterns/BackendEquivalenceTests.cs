using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Patterns;

/// <summary>The gap fast path and the Pike VM must report the same match for every start (runtime's "same tests on every backend").</summary>
public sealed class BackendEquivalenceTests
{
    [Fact]
    public void Gap_matcher_agrees_with_the_pike_vm()
    {
        var gen = new RandomPatterns(7);
        int compared = 0;
        for (int i = 0; i < 1500; i++)
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
            byte[] data = gen.Data(0, 60);
            if (options.Wide)
            {
                // Mostly well-formed UTF-16LE with a few odd bytes.
                data = data.SelectMany((b, k) => k % 9 == 4 ? new[] { b } : new[] { b, (byte)0 }).ToArray();
            }
            for (int s = 0; s <= data.Length; s++)
            {
                int limit = Math.Min(data.Length, s + 1 + (i % 50));
                Assert.Equal(PikeVm.MatchAt(program, data, s, limit), fast.MatchAt(data, s, limit));
                compared++;
            }
        }

        Assert.True(compared > 5000, $"only {compared} comparisons");
    }
}
