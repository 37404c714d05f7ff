namespace Semitori.Formats.Pe;

/// <summary>The resource tree flattened to its leaves, plus the root's header and the version strings.</summary>
public sealed class ResourceDirectory
{
    public static ResourceDirectory Empty { get; } = new() { Entries = [], VersionInfo = [] };

    /// <summary>True when a resource directory root was found and read.</summary>
    public bool IsPresent { get; init; }

    /// <summary>Root TimeDateStamp (libyara <c>resource_timestamp</c>).</summary>
    public uint TimeDateStamp { get; init; }

    public ushort MajorVersion { get; init; }

    public ushort MinorVersion { get; init; }

    /// <summary>Leaves in tree order (libyara <c>resources</c>).</summary>
    public required IReadOnlyList<ResourceEntry> Entries { get; init; }

    /// <summary>StringFileInfo strings of every RT_VERSION resource, in order (libyara <c>version_info_list</c>).</summary>
    public required IReadOnlyList<VersionInfoEntry> VersionInfo { get; init; }

    /// <summary>The value of the last string named <paramref name="key"/> (libyara <c>version_info[key]</c>: later ones overwrite).</summary>
    public string? GetVersionString(string key)
    {
        string? found = null;
        foreach (VersionInfoEntry entry in VersionInfo)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                found = entry.Value;
            }
        }

        return found;
    }
}
