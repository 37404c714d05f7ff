using Semitori.Yara.Modules;

namespace Semitori.Cli.Commands.Yara;

/// <summary>The modules the yara command offers to rules: pe, dotnet, math, hash, time, string and console (<see cref="YaraModuleCatalog"/>).</summary>
internal static class YaraModules
{
    public static IReadOnlyList<IYaraModule> Available { get; } = YaraModuleCatalog.All;
}
