namespace Semitori.Intel.Export;

/// <summary>A technique with a score by evidence (sources or sentences), a comment and links to sources.</summary>
public sealed record ExportTechnique(string Id, string Name, int Score, string Comment, IReadOnlyList<ExportReference> Links);
