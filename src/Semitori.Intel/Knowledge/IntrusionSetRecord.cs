namespace Semitori.Intel.Knowledge;

/// <summary>An intrusion set (STIX sense): the group, its names, and what the pack knows about it.</summary>
public sealed record IntrusionSetRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? AttackId { get; init; }
    public string? AttackName { get; init; }
    public string? MispGalaxy { get; init; }
    public string? MispIntrusionSet { get; init; }
    public string? MispClusterUuid { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> DescriptionSources { get; init; } = [];
    public IReadOnlyList<AliasRecord> Aliases { get; init; } = [];
    public IReadOnlyList<LookupName> LookupNames { get; init; } = [];
    public IReadOnlyList<NotedName> NotAliases { get; init; } = [];
    public IReadOnlyList<NotedName> RelatedClusters { get; init; } = [];
    public SourcedValue? OriginCountry { get; init; }
    public SourcedValues? Goals { get; init; }
    public SourcedValue? ResourceLevel { get; init; }
    public SourcedValue? PrimaryMotivation { get; init; }
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public IReadOnlyList<TargetRecord> Targets { get; init; } = [];
    public IReadOnlyList<string> Software { get; init; } = [];
    public IReadOnlyList<string> Techniques { get; init; } = [];
}
