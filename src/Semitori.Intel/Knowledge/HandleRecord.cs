namespace Semitori.Intel.Knowledge;

/// <summary>An online handle of a person, with its sources.</summary>
public sealed record HandleRecord
{
    public required string Value { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
