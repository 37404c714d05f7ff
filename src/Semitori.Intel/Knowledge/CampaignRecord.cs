namespace Semitori.Intel.Knowledge;

/// <summary>A campaign with its time window kept at the precision its sources gave.</summary>
public sealed record CampaignRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Actor { get; init; }
    public FuzzyDate? FirstSeen { get; init; }
    public FuzzyDate? LastSeen { get; init; }
    public string? Note { get; init; }
    public int? StatedCountryCount { get; init; }
    public int? StatedRegionCount { get; init; }
    public IReadOnlyList<string> PrimarySectors { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> CountriesSources { get; init; } = [];
    public IReadOnlyList<string> Techniques { get; init; } = [];
    public IReadOnlyList<string> Software { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
}
