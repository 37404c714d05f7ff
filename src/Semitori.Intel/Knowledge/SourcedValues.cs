namespace Semitori.Intel.Knowledge;

/// <summary>A list of values sharing the same sources.</summary>
public sealed record SourcedValues
{
    public IReadOnlyList<string> Values { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
}
