using Semitori.Yara.Compilation;
using Semitori.Yara.Modules;
using Semitori.Yara.Tests.Differential;

namespace Semitori.Yara.Tests.Compiling;

/// <summary>
/// The atom index against a plain reference built from the planned atoms: every form of every
/// atom (each case spelling of a nocase atom) leads to the same (variant, start range) entries,
/// in variant order, and nothing else is indexed. Built on one and on two threads.
/// </summary>
public sealed class AtomIndexTests
{
    private const string Synthetic = """
        rule short_ones { strings: $a = "Q" $b = "zq" $c = "k9x" $d = { 7F } condition: any of them }
        rule cases { strings: $a = "MiXeD" nocase $b = "ab" nocase $c = "x1y2" nocase wide $d = "9-9-9" nocase condition: any of them }
        rule shared { strings: $a = "shared prefix one" $b = "shared prefix two" $c = "shared prefix one" ascii wide condition: any of them }
        rule patterns { strings: $a = { 4D 5A ?? ?? 50 45 [2-8] 4C 01 } $b = /https?:\/\/[a-z]{3,9}\.example/ nocase $c = { ( 41 42 | 43 44 ) 45 46 47 } condition: any of them }
        rule xored { strings: $a = "xor text" xor(1-3) $b = "b64 text" base64 condition: any of them }
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Index_holds_exactly_the_forms_of_the_planned_atoms(int threads)
    {
        var compiler = new YaraCompiler(new CompilerOptions { Modules = YaraModuleCatalog.All });
        SignatureBaseFixture.DefineExternals(compiler);
        compiler.AddSource(Synthetic, "synthetic");
        foreach (string f in Directory.GetFiles(SignatureBaseFixture.YaraDir, "*.yar").Order(StringComparer.Ordinal).Take(25))
        {
            compiler.AddFile(f, SignatureBaseFixture.Namespace(f));
        }

        Assert.DoesNotContain(compiler.Diagnostics, d => d.IsError);
        CompiledRules rules = compiler.Build(threads);

        Dictionary<string, List<string>> expected = Reference(rules.Variants);
        Assert.Contains(expected.Keys, k => k.Length == 2);
        Assert.Contains(rules.Variants, v => v.NoCase && v.Atoms.Count > 0);
        Assert.Equal(expected.Count, rules.Index.AtomCount);
        foreach ((string hex, List<string> entries) in expected)
        {
            ReadOnlySpan<AtomEntry> found = rules.Index.EntriesFor(Convert.FromHexString(hex));
            Assert.Equal(entries, Describe(found));
        }

        // Forms that are not atoms of any string lead nowhere.
        var random = new Random(5);
        int absent = 0;
        for (int i = 0; i < 2000; i++)
        {
            byte[] form = new byte[1 + random.Next(4)];
            random.NextBytes(form);
            if (!expected.ContainsKey(Convert.ToHexString(form)))
            {
                absent++;
                Assert.True(rules.Index.EntriesFor(form).IsEmpty, Convert.ToHexString(form));
            }
        }

        Assert.True(absent > 1000);
    }

    private static Dictionary<string, List<string>> Reference(IReadOnlyList<StringVariant> variants)
    {
        var expected = new Dictionary<string, List<string>>();
        foreach (StringVariant v in variants)
        {
            foreach ((byte[] bytes, int min, int max) in v.Atoms)
            {
                foreach (byte[] form in v.NoCase ? Spellings(bytes) : [bytes])
                {
                    string key = Convert.ToHexString(form);
                    if (!expected.TryGetValue(key, out List<string>? list))
                    {
                        expected[key] = list = [];
                    }

                    list.Add($"{v.Id}@{min}..{max}");
                }
            }
        }

        return expected;
    }

    /// <summary>Every upper/lower spelling of the atom's ASCII letters.</summary>
    private static IEnumerable<byte[]> Spellings(byte[] atom)
    {
        IEnumerable<byte[]> forms = [[]];
        foreach (byte b in atom)
        {
            byte[] choices = char.IsAsciiLetter((char)b) ? [(byte)(b | 0x20), (byte)(b & ~0x20)] : [b];
            forms = forms.SelectMany(f => choices.Select(c => (byte[])[.. f, c]));
        }

        return forms;
    }

    private static List<string> Describe(ReadOnlySpan<AtomEntry> entries)
    {
        var list = new List<string>();
        foreach (AtomEntry e in entries)
        {
            list.Add($"{e.Variant.Id}@{e.MinOffset}..{e.MaxOffset}");
        }

        return list;
    }
}
