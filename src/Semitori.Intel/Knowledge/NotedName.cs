namespace Semitori.Intel.Knowledge;

/// <summary>A name with a note and sources: related clusters and names that must not be read as aliases.</summary>
public sealed record NotedName
{
    public required string Name { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
