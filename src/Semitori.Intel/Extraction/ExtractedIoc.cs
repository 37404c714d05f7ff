namespace Semitori.Intel.Extraction;

/// <summary>
/// An indicator from a report. <see cref="IsReference"/> marks a link to a cited source (a reporting
/// vendor's or government's page, or anything under a 出典/References heading): kept as provenance,
/// never exported as an indicator.
/// </summary>
public sealed record ExtractedIoc(IocKind Kind, string Value, string Surface, bool Defanged, bool IsReference, int Start, int Length, int Sentence);
