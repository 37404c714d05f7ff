namespace Semitori.Intel.Knowledge;

/// <summary>One name of an intrusion set, who uses it, and where the pack learnt it.</summary>
public sealed record AliasRecord
{
    public required string Name { get; init; }
    public string? NamedBy { get; init; }
    /// <summary>True when the naming vendor is our attribution, not stated by the cited source.</summary>
    public bool NamedByInferred { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
