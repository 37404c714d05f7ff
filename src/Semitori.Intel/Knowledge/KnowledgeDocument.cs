namespace Semitori.Intel.Knowledge;

/// <summary>
/// The union of the pack's JSON files as they are stored (sources.json, apt10.json, gazetteer.json).
/// Several files may contribute to the same lists; <see cref="KnowledgeBase"/> merges them.
/// </summary>
public sealed record KnowledgeDocument
{
    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];
    public IReadOnlyList<IntrusionSetRecord> IntrusionSets { get; init; } = [];
    public IReadOnlyList<PersonRecord> People { get; init; } = [];
    public IReadOnlyList<OrganisationRecord> Organisations { get; init; } = [];
    public IReadOnlyList<CampaignRecord> Campaigns { get; init; } = [];
    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];
    public IReadOnlyList<SoftwareRecord> Software { get; init; } = [];
    public IReadOnlyList<TechniqueRecord> Techniques { get; init; } = [];
    public IReadOnlyList<TechniqueRecord> ExtraTechniques { get; init; } = [];
    public IReadOnlyList<RevokedTechnique> RevokedTechniques { get; init; } = [];
    public IReadOnlyList<CountryRecord> Countries { get; init; } = [];
    public IReadOnlyList<SectorRecord> Sectors { get; init; } = [];
    public IReadOnlyList<TechniqueCue> TechniqueCues { get; init; } = [];
}
