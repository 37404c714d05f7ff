using System.Text.RegularExpressions;
using Semitori.Formats.Tests.Support;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Packs;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>
/// The built-in YARA pack on synthetic benign fixtures: every rule fires on the file that
/// reproduces its marker and stays silent on the look-alike; every rule carries the meta the
/// scan output needs; and the reference yara CLI, when installed, compiles the pack and gives the
/// same matches on every fixture.
/// </summary>
public sealed partial class PackRuleTests(PackSweep sweep) : IClassFixture<PackSweep>
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        for (int i = 0; i < PackFixtures.All.Count; i++)
        {
            data.Add(PackFixtures.All[i].Rule, i);
        }

        return data;
    }

    [Fact]
    public void The_pack_compiles_without_errors_and_the_sweep_reads_every_fixture()
    {
        Assert.DoesNotContain(sweep.Diagnostics, d => d.IsError);
        Assert.Empty(sweep.Errors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_fires_on_its_fixture_and_not_on_the_look_alike(string rule, int index)
    {
        PackFixtures.Case c = PackFixtures.All[index];
        Finding hit = Assert.Single(sweep.For(c.Hit.Path), f => f.Rule == rule);
        Assert.Equal("semitori:cicada", hit.Source);
        Assert.Equal(BuiltInPack.Author, hit.Author);
        Assert.DoesNotContain(sweep.For(c.Miss.Path), f => f.Rule == rule);
    }

    [Fact]
    public void Every_new_rule_has_a_fixture_unless_mingw_is_missing()
    {
        var covered = PackFixtures.All.Select(c => c.Rule).ToHashSet(StringComparer.Ordinal);
        string[] mingwOnly = ["Cicada_Renamed_PSCP", "Cicada_PuTTY_As_Rundll32", "Cicada_Renamed_CertUtil", "Cicada_CertUtil_Outside_Windows", "Cicada_Ecipekac_Enlarged_Certificate_Table", "Cicada_ChChes_HackingTeam_Certificate"];
        foreach (PackRule r in PackRules.All.Where(r => r.File != "cicada.yar"))
        {
            Assert.True(covered.Contains(r.Name) || (!Tools.HasMingw && mingwOnly.Contains(r.Name)), $"{r.Name} has no fixture");
        }
    }

    [Fact]
    public void Every_rule_has_the_meta_the_scan_output_needs()
    {
        Assert.NotEmpty(PackRules.All);
        foreach (PackRule r in PackRules.All)
        {
            string Meta(string key) => r.Meta.FirstOrDefault(m => m.Key == key).Value?.ToString() ?? string.Empty;
            Assert.True(Meta("author") == BuiltInPack.Author, $"{r.Name}: author");
            Assert.True(Meta("description").Length >= 20, $"{r.Name}: description");
            Assert.True(Meta("reference").StartsWith("https://", StringComparison.Ordinal) || Meta("reference").StartsWith("http://", StringComparison.Ordinal), $"{r.Name}: reference");
            Assert.True(Meta("actor").Length > 0, $"{r.Name}: actor");
            string[] attack = Meta("attack").Split(',', StringSplitOptions.TrimEntries);
            Assert.True(attack.Length > 0 && attack.All(a => AttackId().IsMatch(a)), $"{r.Name}: attack '{Meta("attack")}'");
            Assert.True(r.Meta.FirstOrDefault(m => m.Key == "score").Value is long score && score is > 0 and <= 100, $"{r.Name}: score");
        }
    }

    [YaraFact]
    public void The_reference_yara_gives_the_same_matches_on_every_fixture()
    {
        string[] ruleFiles = Directory.GetFiles(PackRules.Directory, "*.yar").Order(StringComparer.Ordinal).ToArray();
        foreach (PackFixtures.Case c in PackFixtures.All)
        {
            foreach (string file in (string[])[c.Hit.Path, c.Miss.Path])
            {
                string full = sweep.FullPath(file);
                var args = new List<string>
                {
                    "-d", "filename=" + Path.GetFileName(full), "-d", "filepath=" + Path.GetDirectoryName(full),
                    "-d", "extension=" + Path.GetExtension(full).ToLowerInvariant(), "-d", "filetype=" + (File.ReadAllBytes(full) is [(byte)'M', (byte)'Z', ..] ? "EXE" : string.Empty),
                    "-d", "owner=",
                };
                args.AddRange(ruleFiles);
                args.Add(full);
                var yara = Tools.Run("yara", sweep.Root, [.. args]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(line => line.Split(' ')[0]).Order(StringComparer.Ordinal).ToList();
                var ours = sweep.For(file).Select(f => f.Rule).Order(StringComparer.Ordinal).ToList();
                Assert.True(yara.SequenceEqual(ours), $"{file}: yara [{string.Join(", ", yara)}] vs semitori [{string.Join(", ", ours)}]");
            }
        }
    }

    [GeneratedRegex(@"^(T\d{4}(\.\d{3})?|S\d{4}|G\d{4})$")]
    private static partial Regex AttackId();
}
