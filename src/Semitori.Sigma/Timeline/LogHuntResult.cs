namespace Semitori.Sigma.Timeline;

/// <summary>The result document of a hunt; the table, JSONL and CSV writers are views of it.</summary>
public sealed record LogHuntResult(
    IReadOnlyList<TimelineEntry> Entries,
    int Files,
    long Records,
    long Evaluations,
    IReadOnlyList<string> Problems);
