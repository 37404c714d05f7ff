using Semitori.Formats.Pe;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Analyzers.Exports;

/// <summary>
/// Flags PE files exporting a name documented for the actor's loaders (packs/cicada/analyzers/
/// export-names.json), such as <c>FuckYouAnti</c>, the export that gave FYAnti its name (dossier
/// §5.3, §6.5). Names are compared whole and case-sensitively, so <c>FuckYouAntiVirus</c> or a
/// string elsewhere in the file is not a match — the check reads the export table, not the bytes.
/// </summary>
public sealed class ExportNameAnalyzer : IFileAnalyzer
{
    /// <summary>Exports compared per file (a forged directory can claim millions).</summary>
    public const int MaxExportsChecked = 1 << 16;

    private readonly ExportNameTable _table;

    public ExportNameAnalyzer()
        : this(ExportNameTable.BuiltIn)
    {
    }

    public ExportNameAnalyzer(ExportNameTable table) => _table = table;

    public string Name => "exports";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        if (file.Pe is not { } pe)
        {
            return [];
        }

        var findings = new List<Finding>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (ExportedFunction export in pe.Exports.Functions.Take(MaxExportsChecked))
        {
            if (export.Name is not { } name || _table.Find(name) is not { } entry || !reported.Add(entry.Name))
            {
                continue;
            }

            string kind = pe.IsDll ? "DLL" : "PE image (not flagged as DLL)";
            var evidence = new List<string>
            {
                $"export '{name}' (ordinal {export.Ordinal}, RVA 0x{export.Rva:X})" + (export.ForwarderName is { } f ? $" forwarded to {f}" : string.Empty),
                $"{kind}; export directory name '{pe.Exports.DllName ?? "(none)"}', {pe.Exports.Functions.Count} exports",
            };
            int score = Math.Clamp(entry.Score, 0, 100);
            findings.Add(new Finding(file.Path, "analyzer:" + Name, "Export_" + entry.Name, score, Finding.LevelOf(score), "Semitori",
                entry.Description, entry.Attack, entry.Actor, entry.Sources, evidence,
                new Dictionary<string, string> { ["export"] = name, ["dll"] = pe.IsDll ? "true" : "false" }));
        }

        return findings;
    }
}
