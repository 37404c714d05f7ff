namespace Semitori.Formats.Pe;

/// <summary>
/// One resource leaf (IMAGE_RESOURCE_DATA_ENTRY) with the three tree levels above it. A level is
/// either an ID (<c>…Id</c>) or a string (<c>…Name</c>, libyara's <c>…_string</c>, which it
/// exposes as raw UTF-16LE bytes). Both are null when the tree was shallower than that level.
/// </summary>
public sealed class ResourceEntry
{
    /// <summary>Resource type ID (RT_ICON = 3, RT_VERSION = 16, …) when the type is not a string.</summary>
    public uint? TypeId { get; init; }

    public string? TypeName { get; init; }

    /// <summary>Resource ID when the name level is not a string.</summary>
    public uint? NameId { get; init; }

    public string? Name { get; init; }

    /// <summary>Language ID (LANGID, e.g. 0x0409) when the language level is not a string.</summary>
    public uint? LanguageId { get; init; }

    public string? LanguageName { get; init; }

    /// <summary>OffsetToData of the data entry: an RVA.</summary>
    public uint Rva { get; init; }

    /// <summary>File offset of the data, or null when the RVA maps to none.</summary>
    public long? Offset { get; init; }

    /// <summary>Size of the data as stored.</summary>
    public uint Size { get; init; }

    public uint CodePage { get; init; }
}
