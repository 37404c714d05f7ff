using System.Reflection;
using Semitori.Sigma.Loading;
using Semitori.Sigma.Model;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Mapping;

/// <summary>
/// Maps a rule's <c>logsource</c> onto EVTX channels, event ids and field names. The built-in
/// table is data (<c>Data/windows-logsources.yml</c>, embedded); files given later override
/// entries with the same product/category/service.
/// </summary>
public sealed class LogSourceMapping
{
    private readonly List<(string? Product, string? Category, string? Service, IReadOnlyList<LogSourceVariant> Variants)> _entries = [];

    public int Count => _entries.Count;

    /// <summary>The embedded Windows mapping.</summary>
    public static LogSourceMapping CreateDefault()
    {
        var mapping = new LogSourceMapping();
        using Stream stream = typeof(LogSourceMapping).Assembly.GetManifestResourceStream("Semitori.Sigma.Data.windows-logsources.yml")
            ?? throw new InvalidOperationException("embedded logsource mapping missing from the assembly");
        using var reader = new StreamReader(stream);
        mapping.AddYaml(reader.ReadToEnd());
        return mapping;
    }

    /// <summary>Adds (or overrides) entries from mapping YAML in the embedded file's format.</summary>
    public void AddYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || YamlHelpers.Get(root, "logsources") is not YamlSequenceNode entries)
        {
            throw new InvalidDataException("a logsource mapping needs a top-level 'logsources' list");
        }

        foreach (YamlMappingNode entry in entries.Children.OfType<YamlMappingNode>())
        {
            string? product = YamlHelpers.GetString(entry, "product");
            string? category = YamlHelpers.GetString(entry, "category");
            string? service = YamlHelpers.GetString(entry, "service");
            var variants = new List<LogSourceVariant>();
            if (YamlHelpers.Get(entry, "variants") is YamlSequenceNode list)
            {
                variants.AddRange(list.Children.OfType<YamlMappingNode>().Select(ReadVariant));
            }

            _entries.RemoveAll(e => e.Product == product && e.Category == category && e.Service == service);
            _entries.Add((product, category, service, variants));
        }
    }

    /// <summary>The variants of a logsource, or null when nothing maps it.</summary>
    public IReadOnlyList<LogSourceVariant>? Resolve(SigmaLogSource logSource)
    {
        // The most specific entry wins: category+service, then category, then service.
        foreach ((string? Product, string? Category, string? Service, IReadOnlyList<LogSourceVariant> Variants) entry in _entries
                     .Where(e => Matches(e.Product, logSource.Product) && Matches(e.Category, logSource.Category) && Matches(e.Service, logSource.Service))
                     .OrderByDescending(e => (e.Category is null ? 0 : 2) + (e.Service is null ? 0 : 1) + (e.Product is null ? 0 : 1)))
        {
            return entry.Variants;
        }

        return null;
    }

    private static bool Matches(string? entryValue, string? ruleValue)
        => entryValue is null || string.Equals(entryValue, ruleValue, StringComparison.OrdinalIgnoreCase);

    private static LogSourceVariant ReadVariant(YamlMappingNode node)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlHelpers.Get(node, "fields") is YamlMappingNode fields)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> pair in fields.Children)
            {
                if (pair.Key is YamlScalarNode { Value: { } from } && pair.Value is YamlScalarNode { Value: { } to })
                {
                    renames[from] = to;
                }
            }
        }

        return new LogSourceVariant(
            new HashSet<string>(YamlHelpers.GetStrings(node, "channel"), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(YamlHelpers.GetStrings(node, "eventid"), StringComparer.Ordinal),
            renames);
    }
}
