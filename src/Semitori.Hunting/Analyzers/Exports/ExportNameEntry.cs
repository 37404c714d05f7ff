namespace Semitori.Hunting.Analyzers.Exports;

/// <summary>One row of packs/cicada/analyzers/export-names.json: an export name and what it points to.</summary>
public sealed record ExportNameEntry(
    string Name,
    string Description,
    int Score,
    IReadOnlyList<string> Attack,
    string Actor,
    IReadOnlyList<string> Sources);
