using System.Runtime.CompilerServices;
using Semitori.Hunting.Packs;
using Semitori.Hunting.Sweep;
using Semitori.Yara;
using Semitori.Yara.Modules;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>One rule of the built-in pack with its meta, read by compiling the embedded sources.</summary>
internal sealed record PackRule(string File, string Name, IReadOnlyList<KeyValuePair<string, object>> Meta);

/// <summary>The built-in pack's rules (embedded resources) and the source folder they come from.</summary>
internal static class PackRules
{
    private static readonly Lazy<IReadOnlyList<PackRule>> Rules = new(Load);

    public static IReadOnlyList<PackRule> All => Rules.Value;

    /// <summary>packs/cicada/yara in the checkout this test file belongs to.</summary>
    public static string Directory { get; } = FindPack();

    private static IReadOnlyList<PackRule> Load()
    {
        var result = new List<PackRule>();
        foreach ((string path, string text) in BuiltInPack.YaraSources())
        {
            var compiler = new YaraCompiler(new CompilerOptions { Modules = YaraModuleCatalog.All });
            foreach (string name in RuleSetLoader.FileExternals)
            {
                compiler.DefineExternal(name, string.Empty);
            }

            compiler.AddSource(text, path, "builtin");
            CompiledRules rules = compiler.Build();
            ScanResult all = rules.CreateScanner(new ScanOptions { IncludeNonMatching = true }).Scan(Array.Empty<byte>());
            result.AddRange(all.Rules.Select(r => new PackRule(Path.GetFileName(path), r.Rule, r.Meta)));
        }

        return result;
    }

    private static string FindPack([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source) ?? "."); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "packs", "cicada", "yara");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("packs/cicada/yara not found above " + source);
    }
}
