namespace Semitori.Intel.Knowledge;

/// <summary>
/// Statements about one property that sources disagree on. They are kept side by side, each with its
/// sources, instead of being collapsed into one value.
/// </summary>
public sealed record Claim
{
    public required string Property { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<ClaimValue> Values { get; init; } = [];
}
