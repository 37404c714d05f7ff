namespace Semitori.Intel.Extraction;

/// <summary>
/// A named entity found in a report. <see cref="Role"/> is what the sentence makes of it: actor, person,
/// reporter (vendors — never a target), authority, sponsor, affiliated, used (software), target,
/// primary-target, origin or mention.
/// </summary>
public sealed record ExtractedEntity(EntityKind Kind, string Id, string Name, string Surface, string Role, string? Version, string? OrganisationKind, int Start, int Length, int Sentence);
