using Semitori.Yara.Modules;

namespace Semitori.Yara.Tests.Corpus;

/// <summary>
/// Runs one corpus case the way the reference harness does (tests/util.c): externals var_zero,
/// var_one, var_true, var_false defined; match = at least one reported rule; include paths
/// relative to the corpus data folder. Returns null on pass, or why it failed.
/// </summary>
internal static class CorpusRunner
{
    public static string? Run(CorpusCase c, IReadOnlyList<IYaraModule> modules)
    {
        var compiler = new YaraCompiler(new CompilerOptions { Modules = modules });
        compiler.DefineExternal("var_zero", 0L);
        compiler.DefineExternal("var_one", 1L);
        compiler.DefineExternal("var_true", true);
        compiler.DefineExternal("var_false", false);
        string dataDir = Path.Combine(TestPaths.CorpusDir, "data");
        compiler.AddSource(c.Rule, Path.Combine(dataDir, "case.yar"));
        bool errors = compiler.HasErrors;
        int warnings = compiler.Diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Warning);
        string diag = string.Join(" | ", compiler.Diagnostics.Select(d => d.ToString()));

        switch (c.Expect)
        {
            case "compile_error":
                return errors ? null : "compiled, expected an error";
            case "compile_ok":
                if (errors)
                {
                    return $"compile error: {diag}";
                }

                if (c.Warnings == "yes" && warnings == 0)
                {
                    return "expected a warning, got none";
                }

                if (c.Warnings == "no" && warnings > 0)
                {
                    return $"expected no warning, got: {diag}";
                }

                return null;
        }

        if (errors)
        {
            return $"compile error: {diag}";
        }

        byte[] data = c.DataFile is not null ? File.ReadAllBytes(Path.Combine(dataDir, c.DataFile)) : Convert.FromHexString(c.DataHex ?? string.Empty);
        CompiledRules rules = compiler.Build();
        ScanResult result = rules.CreateScanner(new ScanOptions { Timeout = TimeSpan.FromSeconds(20) }).Scan(data);
        var matching = result.Matching.ToList();
        bool matched = matching.Count > 0;
        if (c.Expect == "match" && !matched)
        {
            return "no match, expected a match";
        }

        if (c.Expect == "nomatch" && matched)
        {
            return $"matched {string.Join(",", matching.Select(m => m.Rule))}, expected no match";
        }

        if (c.MatchCount is { } n && matching.Count != n)
        {
            return $"{matching.Count} rules matched, expected {n}";
        }

        if (c.CaptureHex is { } capture)
        {
            byte[] expected = Convert.FromHexString(capture);
            bool found = matching.SelectMany(m => m.Strings).SelectMany(s => s.Matches).Any(m => m.Data.AsSpan().SequenceEqual(expected));
            if (!found)
            {
                string got = string.Join(",", matching.SelectMany(m => m.Strings).SelectMany(s => s.Matches).Take(3).Select(m => Convert.ToHexString(m.Data)));
                return $"no match with data {capture}; got {got}";
            }
        }

        return null;
    }
}
