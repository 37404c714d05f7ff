using Semitori.Sigma.Model;

namespace Semitori.Sigma.Timeline;

/// <summary>One line of a hunt timeline: when, where, which rule (with its author, as the
/// Detection Rule License requires) and the event fields that explain the hit.</summary>
public sealed record TimelineEntry
{
    public required DateTime? Time { get; init; }

    public required string Computer { get; init; }

    public required SigmaRule Rule { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> KeyFields { get; init; }

    public string? File { get; init; }

    public string? Channel { get; init; }

    public string? EventId { get; init; }

    public string? RecordId { get; init; }

    /// <summary>Number of events behind a correlation detection; 1 for a plain rule.</summary>
    public int EventCount { get; init; } = 1;

    public bool IsCorrelation { get; init; }
}
