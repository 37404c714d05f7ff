namespace Semitori.Intel.Knowledge;

/// <summary>A dated event in the public record (indictment, statement, publication).</summary>
public sealed record TimelineEvent
{
    public required FuzzyDate Date { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
