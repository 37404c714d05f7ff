namespace Semitori.Intel.Knowledge;

/// <summary>A sector with its cue words, STIX industry-sector-ov values and MISP sector cluster name.</summary>
public sealed record SectorRecord
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Cues { get; init; } = [];
    public IReadOnlyList<string> CuesJa { get; init; } = [];
    public IReadOnlyList<string> StixSectors { get; init; } = [];
    public required string MispSector { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
