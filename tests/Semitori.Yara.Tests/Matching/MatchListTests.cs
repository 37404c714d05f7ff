using Semitori.Yara.Scanning;

namespace Semitori.Yara.Tests.Matching;

/// <summary>The chunked match list against a plain sorted list, across chunk boundaries and rescans.</summary>
public class MatchListTests
{
    [Theory]
    [InlineData(1, 5_000, false)]
    [InlineData(2, 9_000, true)]
    [InlineData(3, 2_047, true)]
    [InlineData(4, 2_049, false)]
    public void Holds_sorts_and_dedupes_like_a_sorted_list(int seed, int count, bool shuffled)
    {
        var random = new Random(seed);
        var list = new MatchList();
        for (int round = 0; round < 2; round++)
        {
            list.Clear();
            var expected = new List<StringMatch>();
            long offset = 0;
            for (int i = 0; i < count; i++)
            {
                offset += random.Next(0, 3);
                var match = new StringMatch(shuffled ? random.Next(0, count * 2) : offset, random.Next(1, 9), []);
                expected.Add(match);
                list.Add(match, int.MaxValue);
            }

            list.Finish();
            List<StringMatch> reference = [.. expected.GroupBy(m => m.Offset).Select(g => g.MaxBy(m => m.Length)!).OrderBy(m => m.Offset)];
            Assert.Equal(reference.Count, list.Count);
            for (int i = 0; i < reference.Count; i++)
            {
                Assert.Equal(reference[i].Offset, list[i].Offset);
                Assert.Equal(reference[i].Length, list[i].Length);
            }

            for (int probe = 0; probe < 200; probe++)
            {
                long at = random.Next(-1, count * 2 + 2);
                Assert.Equal(reference.Count(m => m.Offset < at), list.FirstAtOrAfter(at));
            }
        }
    }

    [Fact]
    public void Cap_truncates_and_clear_resets()
    {
        var list = new MatchList();
        for (int i = 0; i < 5_000; i++)
        {
            list.Add(new StringMatch(i, 1, []), 4_100);
        }

        Assert.Equal(4_100, list.Count);
        Assert.True(list.Truncated);
        Assert.Equal(4_099, list[4_099].Offset);
        list.Clear();
        Assert.Equal(0, list.Count);
        Assert.False(list.Truncated);
        list.Add(new StringMatch(7, 1, []), 10);
        Assert.Equal(7, list[0].Offset);
    }

    [Fact]
    public void Count_in_range_and_match_in_range_over_many_matches_equal_brute_force()
    {
        var data = new byte[40_000];
        var random = new Random(5);
        var offsets = new List<int>();
        for (int i = 0; i + 2 < data.Length; i++)
        {
            if (random.Next(4) == 0)
            {
                data[i] = (byte)'a';
                data[i + 1] = (byte)'b';
                offsets.Add(i);
                i += 2;
            }
        }

        // Bounds written against filesize so that reversed and negative ones reach the scan (constants are compile errors).
        foreach ((int lo, int hi) in new[] { (0, 39_999), (100, 30_000), (17_000, 17_001), (30_000, 100), (-5, 5), (2, 2) })
        {
            int count = offsets.Count(o => o >= lo && o <= hi);
            string range = $"(filesize - {data.Length - lo}..filesize - {data.Length - hi})";
            string rule = $"rule r {{ strings: $a = \"ab\" condition: #a in {range} == {count} and ($a in {range}) == {(count > 0 ? "true" : "false")} }}";
            var compiler = new YaraCompiler();
            compiler.AddSource(rule);
            Assert.False(compiler.HasErrors, string.Join("\n", compiler.Diagnostics));
            Assert.True(compiler.Build().CreateScanner().Scan(data).Rules.Single().Matched, $"range {lo}..{hi}, expected {count}");
        }
    }
}
