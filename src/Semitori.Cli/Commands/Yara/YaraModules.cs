using Semitori.Yara.Modules;

namespace Semitori.Cli.Commands.Yara;

/// <summary>The modules the yara command offers to rules. None yet: pe, dotnet, math, hash, time, string and console arrive with the module work (issue 3).</summary>
internal static class YaraModules
{
    public static IReadOnlyList<IYaraModule> Available { get; } = [];
}
