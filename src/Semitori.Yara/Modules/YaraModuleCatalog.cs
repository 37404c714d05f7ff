using Semitori.Yara.Modules.Console;
using Semitori.Yara.Modules.DotNet;
using Semitori.Yara.Modules.Hash;
using Semitori.Yara.Modules.Math;
using Semitori.Yara.Modules.Pe;
using Semitori.Yara.Modules.Text;
using Semitori.Yara.Modules.Time;

namespace Semitori.Yara.Modules;

/// <summary>The modules Semitori implements (YARA 4.5 names): pe, dotnet, math, hash, time, string, console.</summary>
public static class YaraModuleCatalog
{
    /// <summary>Every built-in module; <c>console</c> writes to standard error.</summary>
    public static IReadOnlyList<IYaraModule> All { get; } =
    [
        new PeModule(),
        new DotNetModule(),
        new MathModule(),
        new HashModule(),
        new TimeModule(),
        new StringModule(),
        new ConsoleModule(),
    ];
}
