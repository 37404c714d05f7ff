using System.Text.Json;

namespace Semitori.Hunting.Analyzers.Exports;

/// <summary>The export-name table embedded from packs/cicada/analyzers/export-names.json.</summary>
public sealed class ExportNameTable
{
    public const string ResourceName = "packs/analyzers/export-names.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, ExportNameEntry> _byName;

    public ExportNameTable(IEnumerable<ExportNameEntry> entries) =>
        _byName = entries.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static ExportNameTable BuiltIn { get; } = Load();

    public IReadOnlyCollection<ExportNameEntry> Entries => _byName.Values;

    /// <summary>The entry for an export name, matched exactly or without stdcall decoration (<c>_Name@8</c>).</summary>
    public ExportNameEntry? Find(string exportName)
    {
        if (_byName.TryGetValue(exportName, out ExportNameEntry? entry))
        {
            return entry;
        }

        string undecorated = Undecorate(exportName);
        return undecorated != exportName && _byName.TryGetValue(undecorated, out entry) ? entry : null;
    }

    // 32-bit stdcall exports keep their decoration unless the linker is told to drop it: _Name@N or Name@N.
    internal static string Undecorate(string name)
    {
        int at = name.LastIndexOf('@');
        if (at > 0 && at < name.Length - 1 && name.AsSpan(at + 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            name = name[..at];
        }

        return name.Length > 1 && name[0] == '_' ? name[1..] : name;
    }

    private static ExportNameTable Load()
    {
        using Stream stream = typeof(ExportNameTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded table {ResourceName} is missing from the build");
        Document document = JsonSerializer.Deserialize<Document>(stream, Json) ?? new Document([]);
        return new ExportNameTable(document.Entries);
    }

    private sealed record Document(IReadOnlyList<ExportNameEntry> Entries);
}
