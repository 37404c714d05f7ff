using System.Globalization;
using Semitori.Formats.DotNet;

namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// Metadata-level traits: renamed (unprintable) identifiers, ConfuserEx's invalid-metadata
/// protection, the compressor's "koi" File row and anti-ILDasm (yck1509/ConfuserEx Confuser.Renamer,
/// Protections/InvalidMetadataProtection.cs, Protections/Compress/Compressor.cs; dossier §10.2).
/// </summary>
internal static class MetadataTraits
{
    /// <summary>Unprintable names needed before the renamer trait is reported.</summary>
    public const int MinUnprintableNames = 3;

    /// <summary>Share of type and method names that must be unprintable (a stray odd name is not renaming).</summary>
    public const double MinUnprintableShare = 0.10;

    /// <summary>File rows read (a real multi-file assembly has a handful).</summary>
    public const int MaxFileRows = 256;

    private const int FileName = 1;

    public static IEnumerable<ConfuserExTrait> Find(DotNetFile dotNet)
    {
        var traits = new List<ConfuserExTrait>();
        if (UnprintableNames(dotNet) is { } names)
        {
            traits.Add(names);
        }

        if (InvalidMetadata(dotNet) is { } invalid)
        {
            traits.Add(invalid);
        }

        if (Compressor(dotNet) is { } koi)
        {
            traits.Add(koi);
        }

        if (dotNet.CustomAttributes.Any(a => a.TypeName == "SuppressIldasmAttribute" && a.ParentTable is MetadataTable.Module or MetadataTable.Assembly))
        {
            traits.Add(new ConfuserExTrait("anti-ildasm", Strong: false, "anti-ildasm: SuppressIldasmAttribute on the module or assembly"));
        }

        return traits;
    }

    /// <summary>
    /// ConfuserEx's Unicode renaming mode uses invisible and direction-control characters; a
    /// UTF-8 decoding failure (U+FFFD) is counted too. Letters of any script are printable, so
    /// identifiers written in Japanese or Chinese do not count.
    /// </summary>
    internal static bool IsUnprintable(string name)
    {
        foreach (char c in name)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == '\uFFFD' || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                return true;
            }
        }

        return false;
    }

    private static ConfuserExTrait? UnprintableNames(DotNetFile dotNet)
    {
        int total = 0, unprintable = 0;
        foreach (string? name in dotNet.TypeDefs.Skip(1).Select(t => t.Name).Concat(dotNet.Methods.Select(m => m.Name)))
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            total++;
            if (IsUnprintable(name))
            {
                unprintable++;
            }
        }

        return unprintable >= MinUnprintableNames && unprintable >= total * MinUnprintableShare
            ? new ConfuserExTrait("renaming", Strong: true, $"renaming: {unprintable} of {total} type/method names hold invisible or invalid characters")
            : null;
    }

    private static ConfuserExTrait? InvalidMetadata(DotNetFile dotNet)
    {
        var signs = new List<string>();

        // #JTD marks an edit-and-continue delta written by the BCL (a legitimate, if unusual, layout).
        List<string> odd = dotNet.OddStreams.Where(s => s != "#JTD").ToList();
        if (odd.Count > 0)
        {
            signs.Add($"streams {string.Join(", ", odd)}");
        }

        if (dotNet.Tables is { } tables)
        {
            if (tables.RowCount(MetadataTable.Module) > 1)
            {
                signs.Add($"{tables.RowCount(MetadataTable.Module)} Module rows");
            }

            if (tables.RowCount(MetadataTable.Assembly) > 1)
            {
                signs.Add($"{tables.RowCount(MetadataTable.Assembly)} Assembly rows");
            }

            // Edit-and-continue tables belong to uncompressed #- deltas, never to a compiler's #~ output.
            if (dotNet.TablesStream?.Name == "#~" && tables.RowCount(MetadataTable.EncLog) + tables.RowCount(MetadataTable.EncMap) > 0)
            {
                signs.Add($"{tables.RowCount(MetadataTable.EncLog)} ENCLog / {tables.RowCount(MetadataTable.EncMap)} ENCMap rows in #~");
            }
        }

        return signs.Count > 0 ? new ConfuserExTrait("invalid-metadata", Strong: true, $"invalid metadata: {string.Join("; ", signs)}") : null;
    }

    private static ConfuserExTrait? Compressor(DotNetFile dotNet)
    {
        if (dotNet.Tables is not { } tables)
        {
            return null;
        }

        uint rows = Math.Min(tables.AvailableRows(MetadataTable.File), MaxFileRows);
        for (uint rid = 1; rid <= rows; rid++)
        {
            if (dotNet.Heaps.GetString(tables.Get(MetadataTable.File, rid, FileName)) == "koi")
            {
                return new ConfuserExTrait("compressor", Strong: true, "compressor: File table row named \"koi\" (packed original module)");
            }
        }

        return null;
    }
}
