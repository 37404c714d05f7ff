using Semitori.Hunting.Packs;
using Semitori.Yara;
using Semitori.Yara.Modules;

namespace Semitori.Hunting.Sweep;

/// <summary>
/// Compiles the built-in pack plus user rule files/folders, each file in its own namespace so
/// that rule names may repeat across files. A bad rule never stops a sweep: rules with errors
/// are left out and reported, the rest of their file still runs.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>The externals signature-base and Loki rules expect; set per scanned file.</summary>
    public static readonly string[] FileExternals = ["filename", "filepath", "extension", "filetype", "owner"];

    /// <summary>The namespace of the built-in pack's rules.</summary>
    public const string BuiltInNamespace = "builtin";

    /// <summary>Compiles the rules; <paramref name="threads"/> parse files and compile their strings in parallel.</summary>
    public static LoadedRules Load(IEnumerable<string> rulePaths, bool includeBuiltIn, int threads = 1)
    {
        var compiler = new YaraCompiler(new CompilerOptions { Modules = YaraModuleCatalog.All });
        foreach (string name in FileExternals)
        {
            compiler.DefineExternal(name, string.Empty);
        }

        int files = 0;
        if (includeBuiltIn)
        {
            foreach ((string path, string text) in BuiltInPack.YaraSources())
            {
                compiler.AddSource(text, path, BuiltInNamespace);
                files++;
            }
        }

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var userFiles = new List<(string Path, string Namespace)>();
        foreach (string file in ExpandRuleFiles(rulePaths))
        {
            string ns = $"user{sources.Count}";
            sources[ns] = file;
            userFiles.Add((file, ns));
            files++;
        }

        compiler.AddFiles(userFiles, threads);

        if (files >= LargeRuleSetFiles)
        {
            // A large set (signature-base: 741 files) leaves most of the heap garbage after parsing:
            // return it before the index is built so the two working sets do not add up.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        CompiledRules rules = compiler.Build(threads);
        if (files >= LargeRuleSetFiles)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        return new LoadedRules(rules, compiler.Diagnostics, files, sources);
    }

    /// <summary>From this many rule files on, the compile's garbage is collected (tens of milliseconds) to lower the peak memory.</summary>
    private const int LargeRuleSetFiles = 100;

    private static IEnumerable<string> ExpandRuleFiles(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yar", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yara", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    yield return f;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
