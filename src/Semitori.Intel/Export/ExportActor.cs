namespace Semitori.Intel.Export;

/// <summary>The intrusion set as exported: names, ATT&amp;CK and MISP galaxy references, and STIX properties (inferred ones flagged).</summary>
public sealed record ExportActor
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? AttackId { get; init; }
    public string? AttackName { get; init; }
    public string? MispGalaxy { get; init; }
    public string? MispIntrusionSet { get; init; }
    public string? Description { get; init; }
    public string? FirstSeen { get; init; }
    public IReadOnlyList<string> Goals { get; init; } = [];
    public string? ResourceLevel { get; init; }
    public string? PrimaryMotivation { get; init; }
    /// <summary>Statements about properties that are the exporter's or pack's inference, for the STIX description.</summary>
    public IReadOnlyList<string> InferenceNotes { get; init; } = [];
}
