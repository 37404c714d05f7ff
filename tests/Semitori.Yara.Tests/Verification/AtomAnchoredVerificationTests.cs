using System.Text;
using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Verification;

/// <summary>
/// The scanner checks a hex string's hit forwards from its atom (and the run bytes around it)
/// before it tries the starts the atom's distance range allows. That check must only ever skip
/// hits that cannot match: here the scanner's matches are compared with the pattern tried at
/// every start of the data, on hex strings whose atom sits after jumps (so every hit has many
/// possible starts) and data made of few byte values (so partial and full matches are common).
/// </summary>
public sealed class AtomAnchoredVerificationTests
{
    private static readonly byte[] Alphabet = [0x41, 0x42, 0x43, 0x00, 0x90];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Matches_equal_trying_every_start(int seed)
    {
        var random = new Random(seed);
        int compared = 0, matched = 0;
        for (int round = 0; round < 40; round++)
        {
            string hex = RandomHex(random);
            byte[] data = RandomData(random, 3000);
            var compiler = new YaraCompiler();
            compiler.AddSource($"rule r {{ strings: $a = {{ {hex} }} condition: $a }}");
            Assert.False(compiler.HasErrors, hex + ": " + string.Join("; ", compiler.Diagnostics));
            ScanResult result = compiler.Build().CreateScanner(new ScanOptions { IncludeNonMatching = true }).Scan(data);
            var ours = result.Matching.SelectMany(r => r.Strings).SelectMany(s => s.Matches).Select(m => (m.Offset, m.Length)).ToHashSet();

            PatternMatcher matcher = PatternMatcher.Create(HexStringParser.Parse(hex).Node!, new PatternOptions());
            var expected = new HashSet<(long, int)>();
            for (int start = 0; start < data.Length; start++)
            {
                int length = matcher.MatchAt(data, start, matcher.ScanLimit);
                if (length > 0)
                {
                    expected.Add((start, length));
                }
            }

            Assert.True(expected.SetEquals(ours), $"{{ {hex} }}: expected {expected.Count} matches, scanner found {ours.Count}");
            compared++;
            matched += expected.Count > 0 ? 1 : 0;
        }

        Assert.Equal(40, compared);
        Assert.True(matched >= 10, $"only {matched} of 40 patterns matched: the data should make many of them match");
    }

    /// <summary>Weak bytes and jumps, a 4-byte run of one value the atom will come from, more jumps and bytes.</summary>
    private static string RandomHex(Random random)
    {
        var parts = new List<string>();
        for (int i = random.Next(1, 3); i > 0; i--)
        {
            parts.Add(Byte(random));
            parts.Add($"[{random.Next(0, 3)}-{random.Next(3, 9)}]");
        }

        // The only exact 4-byte run: the atom, at a variable distance from the start.
        byte run = Alphabet[random.Next(3)];
        parts.Add(string.Join(' ', Enumerable.Repeat($"{run:X2}", 2)));
        parts.Add(string.Join(' ', Enumerable.Repeat($"{run:X2}", 2)));
        for (int i = random.Next(1, 4); i > 0; i--)
        {
            parts.Add(random.Next(3) == 0 ? "??" : $"[{random.Next(0, 2)}-{random.Next(2, 6)}]");
            parts.Add(Byte(random));
        }

        return string.Join(' ', parts);
    }

    private static string Byte(Random random) => random.Next(4) switch
    {
        0 => "4?",
        _ => $"{Alphabet[random.Next(Alphabet.Length)]:X2}",
    };

    private static byte[] RandomData(Random random, int size)
    {
        var data = new byte[size];
        for (int i = 0; i < size; i++)
        {
            // Long runs of one value make the 4-byte atom frequent.
            data[i] = i > 0 && random.Next(3) == 0 ? data[i - 1] : Alphabet[random.Next(Alphabet.Length)];
        }

        return data;
    }
}
