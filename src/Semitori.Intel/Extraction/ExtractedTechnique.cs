namespace Semitori.Intel.Extraction;

/// <summary>
/// An ATT&amp;CK technique a report supports. <see cref="RevokedId"/> keeps the id the text used when it was
/// revoked (T1574.002 → T1574.001).
/// </summary>
public sealed record ExtractedTechnique(string Id, string Name, string? RevokedId, IReadOnlyList<TechniqueEvidence> Evidence);
