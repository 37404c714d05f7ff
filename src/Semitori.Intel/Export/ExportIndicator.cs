using Semitori.Intel.Extraction;

namespace Semitori.Intel.Export;

/// <summary>An indicator with the sentence or note that explains it.</summary>
public sealed record ExportIndicator(IocKind Kind, string Value, string Comment, string? Indicates);
