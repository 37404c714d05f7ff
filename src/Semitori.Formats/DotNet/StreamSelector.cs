namespace Semitori.Formats.DotNet;

/// <summary>Picks the tables stream and heaps among possibly duplicated stream headers.</summary>
internal static class StreamSelector
{
    public sealed record Selection(
        MetadataStreamHeader? Tables,
        MetadataStreamHeader? Strings,
        MetadataStreamHeader? UserStrings,
        MetadataStreamHeader? Guid,
        MetadataStreamHeader? Blob);

    public static Selection Select(IReadOnlyList<MetadataStreamHeader> streams, MetadataStreamSelection mode) =>
        mode == MetadataStreamSelection.Yara ? SelectLikeYara(streams) : SelectLikeRuntime(streams);

    /// <summary>The CLR (and dnlib) keep the last stream of each exact name.</summary>
    private static Selection SelectLikeRuntime(IReadOnlyList<MetadataStreamHeader> streams)
    {
        MetadataStreamHeader? Last(params string[] names) => streams.LastOrDefault(s => names.Contains(s.Name, StringComparer.Ordinal));
        return new Selection(Last("#~", "#-"), Last("#Strings"), Last("#US"), Last("#GUID"), Last("#Blob"));
    }

    /// <summary>libyara: prefix comparison; first #~/#-, #Strings, #Blob, #US; last #GUID.</summary>
    private static Selection SelectLikeYara(IReadOnlyList<MetadataStreamHeader> streams)
    {
        MetadataStreamHeader? tables = null, strings = null, us = null, guid = null, blob = null;
        foreach (MetadataStreamHeader s in streams)
        {
            if ((s.Name.StartsWith("#~", StringComparison.Ordinal) || s.Name.StartsWith("#-", StringComparison.Ordinal)) && tables is null)
            {
                tables = s;
            }
            else if (s.Name.StartsWith("#GUID", StringComparison.Ordinal))
            {
                guid = s;
            }
            else if (s.Name.StartsWith("#Strings", StringComparison.Ordinal))
            {
                strings ??= s;
            }
            else if (s.Name.StartsWith("#Blob", StringComparison.Ordinal))
            {
                blob ??= s;
            }
            else if (s.Name.StartsWith("#US", StringComparison.Ordinal))
            {
                us ??= s;
            }
        }

        return new Selection(tables, strings, us, guid, blob);
    }
}
