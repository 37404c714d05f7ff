using Semitori.Yara.Patterns;
using static Semitori.Yara.Tests.Patterns.PatternTestHelpers;

namespace Semitori.Yara.Tests.Patterns;

public sealed class AtomExtractorTests
{
    [Theory]
    [InlineData("01 02 03 04", 88)]
    [InlineData("01 ?? 03 04", 56)]
    [InlineData("01 0? 03", 48)]
    [InlineData("01 02", 44)]
    [InlineData("61 62", 40)]
    [InlineData("61 61", 38)]
    [InlineData("00 01", 36)]
    [InlineData("01 ?? 02", 34)]
    [InlineData("01", 22)]
    [InlineData("00 00 00 00", 8)]
    public void Quality_follows_libyara_heuristic(string hex, int expected)
    {
        var sets = hex.Split(' ').Select(h => h switch
        {
            "??" => ByteSet.All,
            _ when h.Contains('?') => ByteSet.Masked(Convert.ToByte(h.Replace('?', '0'), 16), (byte)(h[0] == '?' ? 0x0F : 0xF0)),
            _ => ByteSet.Single(Convert.ToByte(h, 16)),
        }).ToArray();

        Assert.Equal(expected, AtomHeuristic.Of(sets));
    }

    [Fact]
    public void Picks_a_four_byte_atom_from_a_literal()
    {
        var atoms = AtomExtractor.Extract(Regex("xyzMZ\\x90\\x00abcd"), new PatternOptions());

        var atom = Assert.Single(atoms);
        Assert.Equal(4, atom.Bytes.Length);
        Assert.DoesNotContain((byte)0x00, atom.Bytes);
        Assert.Equal(atom.MinOffset, atom.MaxOffset);
    }

    [Fact]
    public void Alternation_gives_one_atom_per_alternative()
    {
        var atoms = AtomExtractor.Extract(Regex("x(Look|Watch)ing"), new PatternOptions());

        Assert.Equal(2, atoms.Count);
        Assert.Contains(atoms, a => a.Bytes.AsSpan().SequenceEqual("Look"u8));
        Assert.Contains(atoms, a => a.Bytes.Length == 4 && "xWatching".Contains(System.Text.Encoding.ASCII.GetString(a.Bytes)));
        Assert.All(atoms, a => Assert.InRange(a.MinOffset, 1, 2));
    }

    [Fact]
    public void Atom_after_a_jump_has_an_offset_range()
    {
        var atoms = AtomExtractor.Extract(Hex("4D [2-4] 11 22 33 44"), new PatternOptions());

        var atom = Assert.Single(atoms);
        Assert.Equal(new byte[] { 0x11, 0x22, 0x33, 0x44 }, atom.Bytes);
        Assert.Equal(3, atom.MinOffset);
        Assert.Equal(5, atom.MaxOffset);
    }

    [Fact]
    public void Unbounded_prefix_gives_an_unbounded_offset()
    {
        var atoms = AtomExtractor.Extract(Regex("[a-z]+@example"), new PatternOptions());

        Assert.All(atoms, a => Assert.Equal(-1, a.MaxOffset));
        Assert.All(atoms, a => Assert.True(a.MinOffset >= 1));
    }

    [Theory]
    [InlineData(".*")]
    [InlineData("[a-z]+")]
    [InlineData("a?b?")]
    [InlineData("\\b")]
    public void No_useful_atom_gives_an_empty_list(string pattern)
    {
        Assert.Empty(AtomExtractor.Extract(Regex(pattern), new PatternOptions()));
    }

    [Fact]
    public void Wide_atoms_are_interleaved_with_zero_bytes()
    {
        var atoms = AtomExtractor.Extract(Regex("abcd"), new PatternOptions(Wide: true));

        var atom = Assert.Single(atoms);
        Assert.Equal(0, atom.Bytes[1] | atom.Bytes[3]);
    }

    [Fact]
    public void Case_insensitive_atoms_are_lowercased_for_the_scanner_to_expand()
    {
        var atoms = AtomExtractor.Extract(Regex("HeLLo"), new PatternOptions(CaseInsensitive: true));

        var atom = Assert.Single(atoms);
        Assert.All(atom.Bytes, b => Assert.False(b is >= (byte)'A' and <= (byte)'Z'));
    }

    [Fact]
    public void Nibble_masks_expand_into_variants()
    {
        var atoms = AtomExtractor.Extract(Hex("?1 ?2"), new PatternOptions());

        Assert.InRange(atoms.Count, 16, 256);
        Assert.All(atoms, a => Assert.Equal(a.MinOffset == 0 ? 1 : 2, a.Bytes[0] & 0x0F));
    }

    /// <summary>
    /// Soundness: for random patterns, every match found by the matcher contains one of the atoms at
    /// an allowed distance from its start — otherwise the scanner would miss it.
    /// </summary>
    [Fact]
    public void Every_match_contains_an_atom_within_its_offset_range()
    {
        var gen = new RandomPatterns(20261125);
        int checkedMatches = 0;
        for (int i = 0; i < 600; i++)
        {
            bool hex = i % 3 == 0;
            var parsed = hex ? HexStringParser.Parse(gen.Hex()) : RegexParser.Parse(gen.Regex(lazy: i % 5 == 0), i % 7 == 0, i % 4 == 0);
            if (parsed.Node is null)
            {
                continue;
            }

            var options = new PatternOptions(CaseInsensitive: i % 7 == 0, Wide: !hex && i % 6 == 0);
            var atoms = AtomExtractor.Extract(parsed.Node, options);
            if (atoms.Count == 0)
            {
                continue;
            }

            var matcher = PatternMatcher.Create(parsed.Node, options);
            byte[] data = gen.Data(0, 40);
            if (options.Wide)
            {
                data = data.SelectMany(b => new[] { b, (byte)0 }).ToArray();
            }

            for (int s = 0; s <= data.Length; s++)
            {
                int len = matcher.MatchAt(data, s);
                if (len < 0)
                {
                    continue;
                }

                checkedMatches++;
                Assert.True(atoms.Any(a => Covers(a, data, s, len, options.CaseInsensitive)),
                    $"pattern #{i}: match at {s} length {len} contains no atom ({string.Join(", ", atoms.Select(a => Convert.ToHexString(a.Bytes) + "@" + a.MinOffset + ".." + a.MaxOffset))})");
            }
        }

        Assert.True(checkedMatches > 500, $"only {checkedMatches} matches checked");
    }

    private static bool Covers(Atom atom, byte[] data, int start, int length, bool nocase)
    {
        int maxOffset = atom.MaxOffset < 0 ? length : atom.MaxOffset;
        for (int off = atom.MinOffset; off <= maxOffset && off + atom.Bytes.Length <= length; off++)
        {
            bool ok = true;
            for (int k = 0; k < atom.Bytes.Length && ok; k++)
            {
                byte b = data[start + off + k];
                ok = nocase ? char.ToLowerInvariant((char)b) == (char)atom.Bytes[k] : b == atom.Bytes[k];
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }
}
