using Semitori.Sigma.Mapping;

namespace Semitori.Sigma.Engine;

/// <summary>How rules are compiled: the logsource mapping and the values of <c>expand</c> placeholders.</summary>
public sealed class SigmaOptions
{
    public LogSourceMapping Mapping { get; init; } = LogSourceMapping.CreateDefault();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
