using System.Text.Json;

namespace Semitori.Hunting.Analyzers.SideLoading;

/// <summary>The side-loading host table embedded from packs/cicada/analyzers/sideloading-hosts.json.</summary>
public sealed class SideLoadingHostTable
{
    public const string ResourceName = "packs/analyzers/sideloading-hosts.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, SideLoadingHost> _byHost;
    private readonly HashSet<string> _dlls;

    public SideLoadingHostTable(IEnumerable<SideLoadingHost> hosts)
    {
        _byHost = hosts.GroupBy(h => h.Host, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _dlls = new HashSet<string>(_byHost.Values.SelectMany(h => h.Dlls), StringComparer.OrdinalIgnoreCase);
    }

    public static SideLoadingHostTable BuiltIn { get; } = Load();

    public IReadOnlyCollection<SideLoadingHost> Hosts => _byHost.Values;

    /// <summary>The host entry for an executable name (case-insensitive, as Windows file names are).</summary>
    public SideLoadingHost? FindHost(string exeName) => _byHost.GetValueOrDefault(exeName);

    /// <summary>True when some host lists this DLL name.</summary>
    public bool IsListedDll(string dllName) => _dlls.Contains(dllName);

    private static SideLoadingHostTable Load()
    {
        using Stream stream = typeof(SideLoadingHostTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded table {ResourceName} is missing from the build");
        Document document = JsonSerializer.Deserialize<Document>(stream, Json) ?? new Document([]);
        return new SideLoadingHostTable(document.Entries);
    }

    private sealed record Document(IReadOnlyList<SideLoadingHost> Entries);
}
