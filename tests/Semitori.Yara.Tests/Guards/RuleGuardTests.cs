using System.Text;

namespace Semitori.Yara.Tests.Guards;

/// <summary>
/// Guards (conjuncts on bytes, filesize and externals evaluated before the string search) must
/// change nothing but the work done: a rule excluded by its guard is false, exactly as its
/// condition would have said, and a rule whose guard holds sees all its matches.
/// </summary>
public sealed class RuleGuardTests
{
    private const string Rules = """
        rule mz_and_string { strings: $a = "needle" condition: uint16(0) == 0x5a4d and $a }
        rule small_and_string { strings: $a = "needle" condition: filesize < 16 and #a == 1 }
        rule read_past_end { strings: $a = "needle" condition: uint32(1000) == 0 and $a }
        rule guard_or_string { strings: $a = "needle" condition: (uint16(0) == 0x5a4d or $a) and filesize > 2 }
        rule negated_guard { strings: $a = "needle" condition: not (uint16(0) == 0x5a4d) and $a }
        rule refers_to_guarded { condition: mz_and_string }
        rule external_guard { strings: $a = "needle" condition: ext == "yes" and $a at 2 }
        """;

    [Theory]
    [InlineData("MZneedle", "mz_and_string,guard_or_string,refers_to_guarded,small_and_string")]
    [InlineData("ZMneedle", "guard_or_string,negated_guard,small_and_string")]
    [InlineData("ZMneedle and a long tail", "guard_or_string,negated_guard")]
    [InlineData("MZ", "")]
    public void Guarded_rules_match_as_their_conditions_say(string text, string expected)
    {
        Assert.Equal(Sorted(expected), Sorted(Scan(text, "no")));
    }

    [Fact]
    public void A_rule_excluded_by_its_guard_is_neither_verified_nor_evaluated()
    {
        var compiler = new YaraCompiler();
        compiler.DefineExternal("ext", "no");
        compiler.AddSource(Rules);
        YaraScanner scanner = compiler.Build().CreateScanner(new ScanOptions { Profile = true });
        scanner.Scan(Encoding.ASCII.GetBytes("ZMneedle"));
        string[] costed = scanner.Profile!.CostliestRules(100).Select(e => e.Name).ToArray();
        Assert.DoesNotContain("default:mz_and_string", costed);
        Assert.DoesNotContain("default:read_past_end", costed);
        Assert.Contains("default:small_and_string", costed);
    }

    [Fact]
    public void An_external_guard_follows_the_value_set_for_the_scan()
    {
        var compiler = new YaraCompiler();
        compiler.DefineExternal("ext", "no");
        compiler.AddSource(Rules);
        YaraScanner scanner = compiler.Build().CreateScanner();
        byte[] data = Encoding.ASCII.GetBytes("MZneedle");
        Assert.DoesNotContain("external_guard", Matching(scanner.Scan(data)));
        scanner.SetExternal("ext", "yes");
        Assert.Contains("external_guard", Matching(scanner.Scan(data)));
    }

    [Fact]
    public void Strings_of_a_rule_whose_guard_holds_keep_every_match()
    {
        var compiler = new YaraCompiler();
        compiler.AddSource("rule r { strings: $a = \"ab\" condition: uint8(0) == 0x61 and #a == 3 }");
        ScanResult result = compiler.Build().CreateScanner().Scan(Encoding.ASCII.GetBytes("ab ab ab"));
        RuleMatch r = Assert.Single(result.Matching);
        Assert.Equal([0L, 3L, 6L], r.Strings.Single().Matches.Select(m => m.Offset));
    }

    private static string[] Scan(string text, string ext)
    {
        var compiler = new YaraCompiler();
        compiler.DefineExternal("ext", ext);
        compiler.AddSource(Rules);
        Assert.False(compiler.HasErrors, string.Join("\n", compiler.Diagnostics));
        return Matching(compiler.Build().CreateScanner().Scan(Encoding.ASCII.GetBytes(text)));
    }

    private static string[] Matching(ScanResult result) => result.Matching.Select(m => m.Rule).ToArray();

    private static string[] Sorted(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();

    private static string[] Sorted(string[] names) => names.Order(StringComparer.Ordinal).ToArray();
}
