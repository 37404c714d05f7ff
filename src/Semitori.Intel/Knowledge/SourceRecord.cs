namespace Semitori.Intel.Knowledge;

/// <summary>A publication the pack cites. <see cref="Stored"/> says whether the team read the text itself.</summary>
public sealed record SourceRecord
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Published { get; init; }
    public string? Lang { get; init; }
    public bool Stored { get; init; }
}
