using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>
/// A stretch of activity the report describes: when it started (with the precision given), who reported
/// it, and which countries and sectors it targeted, each bound to the sentences it came from.
/// </summary>
public sealed record ExtractedCampaign(
    FuzzyDate Start,
    IReadOnlyList<string> Reporters,
    string? Actor,
    IReadOnlyList<string> Countries,
    IReadOnlyList<CampaignSector> Sectors,
    IReadOnlyList<StatedCount> StatedCounts,
    IReadOnlyList<int> Sentences);
