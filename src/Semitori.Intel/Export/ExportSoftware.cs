namespace Semitori.Intel.Export;

/// <summary>Malware or a tool; <see cref="Inferred"/> when it comes from knowledge-base enrichment, not the report.</summary>
public sealed record ExportSoftware(string Id, string Name, string Kind, string? AttackId, string? Version, IReadOnlyList<string> Aliases, bool Inferred, string? Note, IReadOnlyList<string> Drops);
