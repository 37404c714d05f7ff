namespace Semitori.Intel.Knowledge;

/// <summary>A single value with its sources; <see cref="Inferred"/> marks the pack's own inference.</summary>
public sealed record SourcedValue
{
    public required string Value { get; init; }
    public bool Inferred { get; init; }
    public string? Basis { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
