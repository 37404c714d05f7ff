namespace Semitori.Intel.Export;

/// <summary>
/// A person or organisation. <see cref="Role"/>: member (person in the group), sponsor (state body),
/// employer (company), reporter (vendor; never a target) or authority (government body).
/// </summary>
public sealed record ExportParty(string Id, string Name, string Role, IReadOnlyList<string> Names, string? PartOf = null, string? Note = null);
