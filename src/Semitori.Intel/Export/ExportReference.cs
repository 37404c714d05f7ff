namespace Semitori.Intel.Export;

/// <summary>A cited source: who published it and where.</summary>
public sealed record ExportReference(string SourceName, string Url, string? Description = null);
