using Semitori.Yara.Compilation;
using Semitori.Yara.Modules;
using Semitori.Yara.Tests.Differential;

namespace Semitori.Yara.Tests.Compiling;

/// <summary>
/// <see cref="YaraCompiler.AddFiles"/> on several threads against the same files added one by one:
/// the same diagnostics in the same order, the same strings with the same indexes and atoms, and
/// the same matches, over more than one batch of files and with files that fail in different ways.
/// </summary>
public sealed class ParallelCompileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-parallel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Parallel_compile_equals_sequential_compile(int threads)
    {
        var files = new List<(string Path, string Namespace)>();
        foreach (string f in Directory.GetFiles(SignatureBaseFixture.YaraDir, "*.yar").Order(StringComparer.Ordinal).Take(70))
        {
            files.Add((f, SignatureBaseFixture.Namespace(f)));
        }

        // Broken files in the middle of a batch and at a batch edge: their diagnostics must come out where they would sequentially.
        files.Insert(5, (Write("dup.yar", "rule d { strings: $a = \"abcd\" $a = \"efgh\" condition: $a }\nrule ok1 { strings: $x = \"ok one\" condition: $x }"), "bad1"));
        files.Insert(31, (Write("regex.yar", "rule r { strings: $a = /ab(c/ $b = { 41 4? ?? [2-4] 43 } condition: any of them }\nrule ok2 { strings: $y = { 6F 6B 20 74 77 6F } condition: $y }"), "bad2"));
        files.Insert(32, (Path.Combine(_dir, "missing.yar"), "bad3"));
        files.Insert(40, (Write("warn.yar", "rule w { strings: $a = { 00 ?? 00 } $b = \"unused\" condition: $a }\nrule same1 { strings: $s = \"same text\" condition: $s }\nrule same2 { strings: $s = \"same text\" condition: $s }"), "bad4"));
        files.Insert(66, (Write("hex.yar", "rule h { strings: $a = { 4G 00 } condition: $a }\nrule ok3 { strings: $c = \"three\" wide condition: $c }"), "bad6"));
        files.Insert(50, (Write("incl.yar", "include \"dup.yar\"\nrule i { strings: $z = \"included\" condition: $z }"), "bad5"));

        YaraCompiler sequential = NewCompiler();
        foreach ((string path, string ns) in files)
        {
            sequential.AddFile(path, ns);
        }

        YaraCompiler parallel = NewCompiler();
        parallel.AddFiles(files, threads);

        Assert.True(sequential.Diagnostics.Count >= 8, "the broken files should give several diagnostics:\n" + string.Join("\n", sequential.Diagnostics));
        Assert.Equal(sequential.Diagnostics.Select(d => d.ToString()), parallel.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(sequential.RuleCount, parallel.RuleCount);

        // Atoms planned and indexed on the threads too.
        CompiledRules a = sequential.Build(), b = parallel.Build(threads);
        Assert.Equal(a.StringCount, b.StringCount);
        for (int i = 0; i < a.StringCount; i++)
        {
            Assert.Equal(Describe(a.Strings[i]), Describe(b.Strings[i]));
        }

        string data = Path.Combine(_dir, "data");
        Directory.CreateDirectory(data);
        SignatureBaseFixture.WritePlantedData(data, [.. files.Select(f => f.Path).Where(File.Exists)], 12, seed: 7);
        MatchSet expected = MatchSet.FromScan(a.CreateScanner(), data);
        Assert.True(expected.Items.Count > 10, "planted data should make rules match");
        Assert.Empty(MatchSet.Diff(expected, MatchSet.FromScan(b.CreateScanner(), data)));
    }

    private static YaraCompiler NewCompiler()
    {
        var compiler = new YaraCompiler(new CompilerOptions { Modules = YaraModuleCatalog.All });
        SignatureBaseFixture.DefineExternals(compiler);
        return compiler;
    }

    private static string Describe(CompiledString s) =>
        $"{s.Index} {s.RuleIndex} {s.Identifier} {s.IsPrivate} {s.Fullword} {s.IsHex} {s.MinAtomQuality} {s.FixedOffset} " +
        string.Join(";", s.Variants.Select(v => $"{v.Wide}/{v.NoCase}/{v.XorKey}:" + string.Join(",", v.Atoms.Select(t => $"{Convert.ToHexString(t.Bytes)}@{t.MinOffset}..{t.MaxOffset}"))));

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
