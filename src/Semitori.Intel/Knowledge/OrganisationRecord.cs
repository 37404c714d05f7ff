namespace Semitori.Intel.Knowledge;

/// <summary>
/// An organisation: a company or state body tied to an actor (pack), or a reporting vendor or
/// authority (gazetteer). <see cref="Kind"/> is company, state-body, vendor or authority.
/// </summary>
public sealed record OrganisationRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? FullName { get; init; }
    public required string Kind { get; init; }
    public string? Country { get; init; }
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public string? PartOf { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Vendors and authorities report on activity; they are never targets.</summary>
    public bool IsReporter => Kind is "vendor" or "authority";
}
