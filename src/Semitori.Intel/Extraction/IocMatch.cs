namespace Semitori.Intel.Extraction;

/// <summary>
/// One indicator found in text: its refanged value, the surface form as written, its place in the
/// original text and whether it was defanged there.
/// </summary>
public sealed record IocMatch(IocKind Kind, string Value, string Surface, int Start, int Length, bool Defanged);
