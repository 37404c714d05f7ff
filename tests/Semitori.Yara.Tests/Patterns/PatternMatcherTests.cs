using Semitori.Yara.Patterns;
using static Semitori.Yara.Tests.Patterns.PatternTestHelpers;

namespace Semitori.Yara.Tests.Patterns;

public sealed class PatternMatcherTests
{
    [Theory]
    [InlineData("abc", "abc", 0, 3)]
    [InlineData("abc", "xabc", 0, -1)]
    [InlineData("ab*", "abbbc", 0, 4)]
    [InlineData("ab*?", "abbbc", 0, 1)]
    [InlineData("a(b|bc)", "abc", 0, 2)]
    [InlineData("a(bc|b)", "abc", 0, 3)]
    [InlineData("(abc|)", "abd", 0, 0)]
    [InlineData(".b{2,3}?cccc", "abbbcccc", 1, 7)]
    [InlineData(".b{2,3}?cccc", "abbbcccc", 0, 8)]
    [InlineData("(a{2,3}?b){2,3}?", "aabaaabaab", 0, 7)]
    [InlineData("a.b", "a\\nb", 0, -1)]
    [InlineData("^abc", "abc", 0, 3)]
    [InlineData("abc$", "abcd", 0, -1)]
    [InlineData("abc$", "xabc", 1, 3)]
    [InlineData("\\babc", "1abc", 1, -1)]
    [InlineData("\\Babc", "1abc", 1, 3)]
    [InlineData("abc\\b", "abc", 0, 3)]
    [InlineData("a{,0}", "a", 0, 0)]
    [InlineData("ab{.*}", "ab{c}", 0, 5)]
    [InlineData("[^ab]*", "cde", 0, 3)]
    [InlineData("\\x41\\x42", "AB", 0, 2)]
    [InlineData("MZ.{3,}t", "MZ\\0\\0\\0\\0t\\0t", 0, 9)]
    [InlineData("MZ.{3,}?t", "MZ\\0\\0\\0\\0t\\0t", 0, 7)]
    public void MatchAt_reports_backtracking_match_length(string pattern, string data, int start, int expected)
    {
        var m = PatternMatcher.Create(Regex(pattern), new PatternOptions());

        Assert.Equal(expected, m.MatchAt(Bytes(data), start));
    }

    [Theory]
    [InlineData("31 32 [1-3] 32", "1212AB3", 0, 4)]
    [InlineData("31 [1-] 32", "1212AB3", 0, 4)]
    [InlineData("31 32 [-] 33", "12\\n3", 0, 4)]
    [InlineData("31 [0-3] (32|33)", "12222", 0, 2)]
    [InlineData("64 0? 00 00 ?0 01", "\\x64\\x01\\0\\0\\x60\\x01", 0, 6)]
    [InlineData("31 32 ~33 34", "1234", 0, -1)]
    [InlineData("31 32 ~?3 34", "12A4", 0, 4)]
    [InlineData("31 ( 32 | 32 33 ) 34", "1234", 0, 4)]
    [InlineData("31[-][8-][-]30", "1234567890", 0, 10)]
    [InlineData("31[-][9-][-]30", "1234567890", 0, -1)]
    public void Hex_jumps_are_lazy_and_cover_any_byte(string hex, string data, int start, int expected)
    {
        var m = PatternMatcher.Create(Hex(hex), new PatternOptions());

        Assert.Equal(expected, m.MatchAt(Bytes(data), start));
    }

    [Theory]
    [InlineData("abc", "a\\0b\\0c\\0", 6)]
    [InlineData("a.{1,2}b", "a\\0x\\0x\\0b\\0", 8)]
    [InlineData("\\babc", "a\\0b\\0c\\0", 6)]
    public void Wide_interleaves_zero_bytes(string pattern, string data, int expected)
    {
        var m = PatternMatcher.Create(Regex(pattern), new PatternOptions(Wide: true));

        Assert.Equal(expected, m.MatchAt(Bytes(data), 0));
    }

    [Fact]
    public void Wide_word_boundary_uses_two_byte_characters()
    {
        var m = PatternMatcher.Create(Regex("\\babc"), new PatternOptions(Wide: true));

        Assert.Equal(-1, m.MatchAt(Bytes("x\\0a\\0b\\0c\\0"), 2));
        Assert.Equal(6, m.MatchAt(Bytes("x\\ta\\0b\\0c\\0"), 2));
    }

    [Theory]
    [InlineData("abc[^D]", "abcd", false)]
    [InlineData("abc[^F]", "abcd", true)]
    [InlineData("[M-N]iss", "mIss", true)]
    [InlineData("\\xE9", "\\xC9", false)]
    public void Case_insensitivity_folds_ascii_letters_before_negation(string pattern, string data, bool matches)
    {
        var viaParser = PatternMatcher.Create(Regex(pattern, ci: true), new PatternOptions());
        var viaOptions = PatternMatcher.Create(Regex(pattern), new PatternOptions(CaseInsensitive: true));

        Assert.Equal(matches, viaParser.MatchAt(Bytes(data), 0) >= 0);
        if (!pattern.Contains('^'))
        {
            Assert.Equal(matches, viaOptions.MatchAt(Bytes(data), 0) >= 0);
        }
    }

    [Fact]
    public void Dot_all_comes_from_parser_or_options()
    {
        byte[] data = Bytes("a\\nb");

        Assert.Equal(3, PatternMatcher.Create(Regex("a.b", dotAll: true), new PatternOptions()).MatchAt(data, 0));
        Assert.Equal(3, PatternMatcher.Create(Regex("a.b"), new PatternOptions(DotAll: true)).MatchAt(data, 0));
        Assert.Equal(-1, PatternMatcher.Create(Regex("a.b"), new PatternOptions()).MatchAt(data, 0));
    }

    [Fact]
    public void MatchAt_respects_the_scan_window()
    {
        var data = new byte[5000];
        data[0] = (byte)'a';
        data[4999] = (byte)'b';
        var m = PatternMatcher.Create(Regex("a.*b", dotAll: true), new PatternOptions());

        Assert.Equal(-1, m.MatchAt(data, 0));
        Assert.Equal(5000, m.MatchAt(data, 0, 5000));
        Assert.True(m.IsMatch(data));
        Assert.Equal(-1, m.MatchAt(data, 5001));
        Assert.Equal(-1, m.MatchAt(data, -1));
    }

    [Fact]
    public void Large_hex_jumps_are_not_unrolled()
    {
        var node = Hex("61 [0-2000000000] 62");
        var m = PatternMatcher.Create(node, new PatternOptions());
        var data = new byte[3000];
        data[10] = (byte)'a';
        data[2500] = (byte)'b';

        Assert.Equal(2491, m.MatchAt(data, 10));
        Assert.Equal(-1, m.MatchAt(data, 10, 100));
    }

    [Theory]
    [InlineData("61 [-] 62", true)]
    [InlineData("61 [300-] 62", true)]
    [InlineData("61 [0-201] 62", true)]
    [InlineData("61 [0-200] 62", false)]
    [InlineData("61 [100] [101] 62", true)]
    [InlineData("61 ( 62 | 63 [200] 64 ) 65", false)]
    public void Hex_strings_with_long_jumps_are_chained_beyond_the_scan_limit(string hex, bool chained)
    {
        var m = PatternMatcher.Create(Hex(hex), new PatternOptions());

        Assert.Equal(chained ? int.MaxValue : PatternLimits.ScanLimit, m.ScanLimit);
    }

    [Fact]
    public void Chained_hex_string_matches_across_more_than_4096_bytes()
    {
        var data = new byte[20000];
        data[5] = 0x4D;
        data[6] = 0x5A;
        data[9000] = 0x6A;
        data[9001] = 0x2A;
        data[19990] = 0x58;
        data[19991] = 0xC3;
        var m = PatternMatcher.Create(Hex("4D 5A [300-] 6A 2A [-] 58 C3"), new PatternOptions());

        Assert.Equal(-1, m.MatchAt(data, 5));
        Assert.Equal(19987, m.MatchAt(data, 5, m.ScanLimit));
        Assert.Equal(-1, m.MatchAt(data, 6, m.ScanLimit));
    }

    [Fact]
    public void Chained_hex_string_with_two_long_bounded_jumps_matches_beyond_4096_bytes()
    {
        var data = new byte[30000];
        data[0] = 0x4D;
        data[9000] = 0x6A;
        data[20000] = 0x58;
        var m = PatternMatcher.Create(Hex("4D [5000-10000] 6A [8000-12000] 58"), new PatternOptions());

        Assert.Equal(int.MaxValue, m.ScanLimit);
        Assert.Equal(20001, m.MatchAt(data, 0, m.ScanLimit));
        Assert.Equal(-1, m.MatchAt(data, 0));
    }

    [Fact]
    public void Regex_dot_repeats_are_not_chained()
    {
        Assert.Equal(PatternLimits.ScanLimit, PatternMatcher.Create(Regex("a.{300,}?b", dotAll: true), new PatternOptions()).ScanLimit);
    }

    [Theory]
    [InlineData("abc", 3, 3, false)]
    [InlineData("^ab+", 2, -1, true)]
    [InlineData("a(bc|d)?", 1, 3, false)]
    [InlineData("(^a|^b)c", 2, 2, true)]
    [InlineData("a{2,5}", 2, 5, false)]
    public void Reports_length_bounds_and_anchoring(string pattern, int min, int max, bool anchored)
    {
        var m = PatternMatcher.Create(Regex(pattern), new PatternOptions());

        Assert.Equal(min, m.MinLength);
        Assert.Equal(max, m.MaxLength);
        Assert.Equal(anchored, m.AnchoredAtStart);
    }

    [Fact]
    public void Wide_doubles_length_bounds()
    {
        var m = PatternMatcher.Create(Regex("ab{1,3}"), new PatternOptions(Wide: true));

        Assert.Equal(4, m.MinLength);
        Assert.Equal(8, m.MaxLength);
    }

    [Fact]
    public void Recognises_literal_patterns()
    {
        Assert.True(PatternMatcher.Create(Regex("ab\\.c{2}"), new PatternOptions()).TryGetLiteral(out var bytes));
        Assert.Equal("ab.cc"u8.ToArray(), bytes);
        Assert.True(PatternMatcher.Create(Hex("4D 5A"), new PatternOptions()).TryGetLiteral(out bytes));
        Assert.Equal(new byte[] { 0x4D, 0x5A }, bytes);
        Assert.True(PatternMatcher.Create(Regex("ab"), new PatternOptions(Wide: true)).TryGetLiteral(out bytes));
        Assert.Equal(new byte[] { 0x61, 0, 0x62, 0 }, bytes);
        Assert.True(PatternMatcher.Create(Regex("12"), new PatternOptions(CaseInsensitive: true)).TryGetLiteral(out _));
        Assert.False(PatternMatcher.Create(Regex("ab"), new PatternOptions(CaseInsensitive: true)).TryGetLiteral(out _));
        Assert.False(PatternMatcher.Create(Regex("a[bc]"), new PatternOptions()).TryGetLiteral(out _));
        Assert.False(PatternMatcher.Create(Regex("^ab"), new PatternOptions()).TryGetLiteral(out _));
    }

    [Theory]
    [InlineData("foo|", "", true)]
    [InlineData("a\\vb", "avb", true)]
    [InlineData("b$", "ab", true)]
    [InlineData("^b", "ab", false)]
    [InlineData("x", "ab", false)]
    public void IsMatch_searches_the_whole_input(string pattern, string data, bool expected)
    {
        var m = PatternMatcher.Create(Regex(pattern), new PatternOptions());

        Assert.Equal(expected, m.IsMatch(Bytes(data)));
    }
}
