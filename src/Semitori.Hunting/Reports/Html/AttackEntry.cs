namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// One ATT&amp;CK id seen in the findings, resolved through the knowledge base.
/// <paramref name="Name"/> is null when the pack does not know the id; <paramref name="Url"/> is null
/// when the id is not well formed (it came from a rule and is then shown as text only).
/// </summary>
internal sealed record AttackEntry(string Id, string Kind, string? Name, string? Note, string? Url, int Findings, int Files);
