namespace Semitori.Intel.Extraction;

/// <summary>One surface form the gazetteer looks for and the entity it stands for.</summary>
internal sealed record GazetteerEntry(string Surface, EntityKind Kind, string Id, string Name, MatchRule Rule, bool CaseSensitive, string? OrganisationKind = null);
