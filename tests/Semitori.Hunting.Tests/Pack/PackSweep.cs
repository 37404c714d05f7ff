using Semitori.Hunting.Findings;
using Semitori.Hunting.Sweep;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>
/// Writes every fixture of <see cref="PackFixtures"/> into one temporary tree and sweeps it once
/// with the built-in pack, as <c>semitori scan</c> does (same externals per file).
/// </summary>
public sealed class PackSweep : IDisposable
{
    public PackSweep()
    {
        Root = Directory.CreateTempSubdirectory("semitori-pack-rules-").FullName;
        foreach (PackFixtures.Case c in PackFixtures.All)
        {
            Write(c.Hit);
            Write(c.Miss);
        }

        LoadedRules rules = RuleSetLoader.Load([], includeBuiltIn: true);
        Diagnostics = rules.Diagnostics;
        var findings = new List<Finding>();
        var errors = new List<string>();
        // Rules only (no analyzers, archives closed): these tests are about the YARA content.
        new FileSweep(rules, [], new SweepOptions { Threads = 2, Archives = false })
            .Run([Root], v => { lock (findings) { findings.AddRange(v.Findings); } }, (p, m) => { lock (errors) { errors.Add(p + ": " + m); } });
        Errors = errors;
        RulesByFile = findings.GroupBy(f => Relative(f.Path)).ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)g.ToList(), StringComparer.Ordinal);
    }

    public string Root { get; }

    public IReadOnlyList<Semitori.Diagnostics.Diagnostic> Diagnostics { get; }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>Findings per fixture path (relative, '/'-separated).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Finding>> RulesByFile { get; }

    public IReadOnlyList<Finding> For(string relativePath) => RulesByFile.GetValueOrDefault(relativePath, []);

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    private void Write((string Path, byte[] Data) file)
    {
        string full = FullPath(file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, file.Data);
    }
}
