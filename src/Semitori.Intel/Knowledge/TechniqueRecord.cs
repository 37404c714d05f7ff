namespace Semitori.Intel.Knowledge;

/// <summary>An ATT&amp;CK technique with the group's procedure (for G0045 techniques) and sources.</summary>
public sealed record TechniqueRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Procedure { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
