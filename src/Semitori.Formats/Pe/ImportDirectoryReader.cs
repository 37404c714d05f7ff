using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Reads the regular import directory (IMAGE_IMPORT_DESCRIPTOR array) with libyara's rules:
/// descriptors until Name == 0; OriginalFirstThunk, falling back to FirstThunk; invalid DLL or
/// function names are skipped; DLLs without any function are dropped; one shared cap of
/// <see cref="PeReaderOptions.MaxImports"/> on descriptors and on functions.
/// </summary>
internal static class ImportDirectoryReader
{
    private const int DescriptorSize = 20;

    public static IReadOnlyList<ImportedLibrary> Read(PeFile pe)
    {
        PeReadContext context = pe.Context;
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.Import);
        if (!pe.IsPe || dir.VirtualAddress == 0)
        {
            return [];
        }

        if (!pe.TryRvaToOffset(dir.VirtualAddress, out long at))
        {
            context.Report(PeAnomalyCodes.UnmappedDirectory, $"import directory RVA 0x{dir.VirtualAddress:X} maps to no file offset");
            return [];
        }

        ByteView v = context.View;
        int max = context.Options.MaxImports;
        var libraries = new List<ImportedLibrary>();
        int descriptors = 0;
        int functions = 0;
        int scanned = 0;
        for (; v.Contains(at, DescriptorSize) && v.U32(at + 12) != 0; at += DescriptorSize)
        {
            if (++descriptors > max)
            {
                context.Report(PeAnomalyCodes.LimitReached, $"more than {max} import descriptors", at);
                break;
            }

            uint nameRva = v.U32(at + 12);
            if (!pe.TryRvaToOffset(nameRva, out long nameOffset))
            {
                context.Report(PeAnomalyCodes.BadImport, $"import DLL name RVA 0x{nameRva:X} maps to no file offset", at);
                continue;
            }

            ReadOnlySpan<byte> window = v.SliceClamped(nameOffset, PeLimits.MaxImportDllNameLength);
            if (!ImportNames.IsValidDllName(window))
            {
                context.Report(PeAnomalyCodes.InvalidImportName, "invalid imported DLL name skipped", nameOffset);
                continue;
            }

            string dll = v.ReadCString(nameOffset, PeLimits.MaxImportDllNameLength);
            List<ImportedFunction> list = ReadThunks(pe, at, dll, ref functions, ref scanned);
            if (list.Count > 0)
            {
                libraries.Add(new ImportedLibrary(dll, list, at));
            }

            if (scanned > PeLimits.MaxImportThunksScanned)
            {
                break;
            }
        }

        return libraries;
    }

    private static List<ImportedFunction> ReadThunks(PeFile pe, long descriptor, string dll, ref int total, ref int scanned)
    {
        PeReadContext context = pe.Context;
        ByteView v = context.View;
        uint originalFirstThunk = v.U32(descriptor);
        uint firstThunk = v.U32(descriptor + 16);
        var list = new List<ImportedFunction>();

        // Some linkers leave OriginalFirstThunk 0; the loader then reads names from the IAT itself.
        if (!pe.TryRvaToOffset(originalFirstThunk, out long thunk) || thunk <= 0)
        {
            if (!pe.TryRvaToOffset(firstThunk, out thunk))
            {
                context.Report(PeAnomalyCodes.BadImport, $"thunks of '{dll}' map to no file offset", descriptor);
                return list;
            }
        }

        bool wide = pe.Is64Bit;
        int size = wide ? 8 : 4;
        ulong ordinalFlag = wide ? 0x8000000000000000UL : 0x80000000UL;
        int max = context.Options.MaxImports;
        int parsed = 0;
        int invalid = 0;
        for (long index = 0; v.Contains(thunk, size); thunk += size, index++)
        {
            ulong value = wide ? v.U64(thunk) : v.U32(thunk);
            if (value == 0)
            {
                break;
            }

            if (++parsed > max || total >= max)
            {
                context.Report(PeAnomalyCodes.LimitReached, $"more than {max} imported functions", thunk);
                break;
            }

            // libyara re-walks up to 16,384 thunks per descriptor, so thousands of fake descriptors
            // sharing one long thunk array cost it quadratic time (corkami manyimportsW7.exe); a
            // global budget keeps the worst case linear and only differs on such crafted files.
            if (++scanned > PeLimits.MaxImportThunksScanned)
            {
                context.Report(PeAnomalyCodes.LimitReached, $"more than {PeLimits.MaxImportThunksScanned} import thunks examined", thunk);
                break;
            }

            ulong slotRva = firstThunk + ((ulong)size * (ulong)index);
            ImportedFunction? function = ReadOne(pe, dll, value, ordinalFlag, slotRva);
            if (function is null)
            {
                invalid++;
                continue;
            }

            list.Add(function);
            total++;
        }

        if (invalid > 0)
        {
            context.Report(PeAnomalyCodes.InvalidImportName, $"{invalid} unreadable or invalid function names imported from '{dll}' skipped", descriptor);
        }

        return list;
    }

    private static ImportedFunction? ReadOne(PeFile pe, string dll, ulong value, ulong ordinalFlag, ulong slotRva)
    {
        ByteView v = pe.Context.View;
        if ((value & ordinalFlag) != 0)
        {
            // Bits between the flag and the 16-bit ordinal must be clear (libyara drops the entry otherwise).
            if ((value & ~ordinalFlag) > 0xFFFF)
            {
                return null;
            }

            ushort ordinal = (ushort)value;
            return new ImportedFunction(ImportNames.OrdinalName(dll, ordinal), ordinal, slotRva);
        }

        // IMAGE_IMPORT_BY_NAME is 2 bytes of hint and at least one name byte; libyara checks 3 bytes fit.
        if (!pe.TryRvaToOffset(value, out long at) || !v.Contains(at, 3))
        {
            return null;
        }

        ReadOnlySpan<byte> name = v.ReadNulTerminated(at + 2, PeLimits.MaxImportNameLength, out _);
        return ImportNames.IsValidFunctionName(name)
            ? new ImportedFunction(System.Text.Encoding.ASCII.GetString(name), null, slotRva, v.U16(at))
            : null;
    }
}
