using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Time;

/// <summary>The <c>time</c> module: <c>now()</c>, seconds since the Unix epoch.</summary>
public sealed class TimeModule : IYaraModule
{
    public string Name => "time";

    public YaraType Declaration { get; } = Struct(
        ("now", YaraType.Function(Fn("", YaraType.Int, (_, _) => DateTimeOffset.UtcNow.ToUnixTimeSeconds()))));

    public object? Load(ModuleLoadContext context) => new Dictionary<string, object?>(StringComparer.Ordinal);
}
