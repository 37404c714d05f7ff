namespace Semitori.Intel.Knowledge;

/// <summary>An ATT&amp;CK id that is revoked or deprecated, and the id that replaces it.</summary>
public sealed record RevokedTechnique
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ReplacedBy { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
