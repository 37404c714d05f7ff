namespace Semitori.Intel.Knowledge;

/// <summary>A named person tied to an intrusion set (e.g. an indicted member).</summary>
public sealed record PersonRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Other written forms (Chinese characters, the seed article's rendering).</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
    public string? NamesNote { get; init; }
    public IReadOnlyList<HandleRecord> Handles { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public string? Nationality { get; init; }
    public string? MemberOf { get; init; }
    public IReadOnlyList<string> Affiliations { get; init; } = [];
    public FuzzyDate? Active { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
