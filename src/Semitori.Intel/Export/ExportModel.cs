using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Export;

/// <summary>
/// The one document every exporter renders (STIX, Navigator, MISP): built either from the knowledge
/// base or from an extraction result, so the three formats always say the same thing.
/// </summary>
public sealed record ExportModel
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    /// <summary>The date the content is as of: the article date or the pack's snapshot date. Keeps output deterministic.</summary>
    public required DateOnly Published { get; init; }
    public string? Lang { get; init; }
    /// <summary>True for a report extraction (STIX report object, MISP event about the article); false for the knowledge base.</summary>
    public bool FromReport { get; init; }
    public ExportActor? Actor { get; init; }
    public IReadOnlyList<ExportParty> Parties { get; init; } = [];
    public IReadOnlyList<ExportSoftware> Software { get; init; } = [];
    public IReadOnlyList<ExportTechnique> Techniques { get; init; } = [];
    public IReadOnlyList<ExportCampaign> Campaigns { get; init; } = [];
    public IReadOnlyList<string> OriginCountries { get; init; } = [];
    public IReadOnlyList<ExportIndicator> Indicators { get; init; } = [];
    public IReadOnlyList<ExportReference> References { get; init; } = [];
    public IReadOnlyList<TimelineEvent> KeyDates { get; init; } = [];
}
