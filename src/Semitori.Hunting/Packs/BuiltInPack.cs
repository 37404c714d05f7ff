using System.Reflection;

namespace Semitori.Hunting.Packs;

/// <summary>The detection pack compiled into the binary (packs/cicada), so a scan needs no files beside the tool.</summary>
public static class BuiltInPack
{
    private const string YaraPrefix = "packs/yara/";

    /// <summary>The pack's YARA sources as (virtual path, text), in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> YaraSources()
    {
        Assembly assembly = typeof(BuiltInPack).Assembly;
        var sources = new List<(string, string)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(YaraPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources.Add(("builtin:" + name, reader.ReadToEnd()));
        }

        return sources;
    }
}
