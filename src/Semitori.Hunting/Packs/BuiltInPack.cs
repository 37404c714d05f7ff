using System.Reflection;

namespace Semitori.Hunting.Packs;

/// <summary>The detection pack compiled into the binary (packs/cicada), so a scan needs no files beside the tool.</summary>
public static class BuiltInPack
{
    private const string YaraPrefix = "packs/yara/";
    private const string IocPrefix = "packs/iocs/";

    /// <summary>Attribution of the pack's own content, as rule meta and IOC findings show it.</summary>
    public const string Author = "Semitori";

    /// <summary>The intrusion set the pack is about.</summary>
    public const string Actor = "APT10";

    /// <summary>The pack's YARA sources as (virtual path, text), in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> YaraSources() => Sources(YaraPrefix);

    /// <summary>The pack's Loki-format IOC lists (packs/cicada/iocs) as (virtual path, text), in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> IocSources() => Sources(IocPrefix);

    private static List<(string Path, string Text)> Sources(string prefix)
    {
        Assembly assembly = typeof(BuiltInPack).Assembly;
        var sources = new List<(string, string)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources.Add(("builtin:" + name, reader.ReadToEnd()));
        }

        return sources;
    }
}
