using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Reads IMAGE_EXPORT_DIRECTORY the way libyara does (same all-or-nothing checks on the three
/// tables, so counts agree), with the name lookup done through a map instead of libyara's
/// quadratic scan: the first name index j &lt; NumberOfNames whose ordinal is i names export i.
/// </summary>
internal static class ExportDirectoryReader
{
    private const int DirectorySize = 40;

    public static ExportDirectory Read(PeFile pe)
    {
        PeReadContext context = pe.Context;
        ByteView v = context.View;
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.Export);
        if (!pe.IsPe || dir.VirtualAddress == 0)
        {
            return ExportDirectory.Empty;
        }

        if (!pe.TryRvaToOffset(dir.VirtualAddress, out long start) || !v.Contains(start, DirectorySize))
        {
            context.Report(PeAnomalyCodes.UnmappedDirectory, $"export directory RVA 0x{dir.VirtualAddress:X} maps to no complete structure");
            return ExportDirectory.Empty;
        }

        uint declared = v.U32(start + 20);
        uint declaredNames = v.U32(start + 24);
        int count = (int)Math.Min(declared, (uint)context.Options.MaxExports);
        if (declared > count)
        {
            context.Report(PeAnomalyCodes.LimitReached, $"{declared} exports declared, {count} read", start);
        }

        uint ordinalBase = v.U32(start + 16);
        string? dllName = null;
        long nameOffset = -1;
        if (pe.TryRvaToOffset(v.U32(start + 12), out long at) && at > 0)
        {
            nameOffset = at;
            dllName = v.ReadCString(at, PeLimits.MaxExportNameLength);
        }

        var partial = new ExportDirectory
        {
            DllName = dllName,
            TimeDateStamp = v.U32(start + 4),
            OrdinalBase = ordinalBase,
            NumberOfFunctions = declared,
            NumberOfNames = declaredNames,
            Functions = [],
        };

        // libyara's sanity check compares against the name's offset (its variable is reused).
        if ((long)count * 4 > v.Length - nameOffset)
        {
            context.Report(PeAnomalyCodes.BadExport, "export address table larger than the file", start);
            return partial;
        }

        long names = -1;
        if (declaredNames > 0)
        {
            if (!pe.TryRvaToOffset(v.U32(start + 32), out names) || declaredNames > (v.Length - names) / 4)
            {
                context.Report(PeAnomalyCodes.BadExport, "export name table lies outside the file", start);
                return partial;
            }
        }

        if (!pe.TryRvaToOffset(v.U32(start + 36), out long ordinals) || !v.Contains(ordinals, 2L * count)
            || !pe.TryRvaToOffset(v.U32(start + 28), out long functions) || !v.Contains(functions, 4L * count))
        {
            context.Report(PeAnomalyCodes.BadExport, "export ordinal or address table lies outside the file", start);
            return partial;
        }

        Dictionary<int, int> nameIndexByOrdinal = MapNames(v, ordinals, names < 0 ? 0 : (int)Math.Min(declaredNames, (uint)count));
        var list = new List<ExportedFunction>(count);
        for (int i = 0; i < count; i++)
        {
            uint rva = v.U32(functions + (4L * i));
            string? forwarder = null;
            long? offset = null;
            bool mapped = pe.TryRvaToOffset(rva, out long target);
            if (mapped && target > start && target < start + dir.Size)
            {
                forwarder = v.ReadCString(target, PeLimits.MaxExportNameLength);
            }
            else if (mapped)
            {
                offset = target;
            }

            string? name = null;
            if (nameIndexByOrdinal.TryGetValue(i, out int j) && pe.TryRvaToOffset(v.U32(names + (4L * j)), out long nameAt) && nameAt > 0)
            {
                name = v.ReadCString(nameAt, PeLimits.MaxExportNameLength);
            }

            list.Add(new ExportedFunction(ordinalBase + (uint)i, rva, name, forwarder, offset));
        }

        return new ExportDirectory
        {
            DllName = partial.DllName,
            TimeDateStamp = partial.TimeDateStamp,
            OrdinalBase = ordinalBase,
            NumberOfFunctions = declared,
            NumberOfNames = declaredNames,
            Functions = list,
        };
    }

    private static Dictionary<int, int> MapNames(ByteView v, long ordinals, int nameCount)
    {
        var map = new Dictionary<int, int>();
        for (int j = 0; j < nameCount; j++)
        {
            map.TryAdd(v.U16(ordinals + (2L * j)), j);
        }

        return map;
    }
}
