using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Reads delay-load import descriptors (IMAGE_DELAYLOAD_DESCRIPTOR) with libyara's rules: stop at
/// an all-zero descriptor or Attributes &gt; 1; Visual C++ 6.0 descriptors (Attributes 0, PE32)
/// hold VAs, converted to RVAs; name/IAT tables walked in step until a zero or unreadable entry.
/// </summary>
internal static class DelayImportReader
{
    private const int DescriptorSize = 32;
    private const int DosHeaderSize = 64;

    public static IReadOnlyList<ImportedLibrary> Read(PeFile pe)
    {
        PeReadContext context = pe.Context;
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.DelayImport);
        if (!pe.IsPe || dir.VirtualAddress == 0)
        {
            return [];
        }

        if (!pe.TryRvaToOffset(dir.VirtualAddress, out long at))
        {
            context.Report(PeAnomalyCodes.UnmappedDirectory, $"delay-import directory RVA 0x{dir.VirtualAddress:X} maps to no file offset");
            return [];
        }

        ByteView v = context.View;
        OptionalHeader oh = pe.OptionalHeader!;
        int max = context.Options.MaxImports;
        var libraries = new List<ImportedLibrary>();
        int functions = 0;
        int scanned = 0;
        for (; v.TrySlice(at, DescriptorSize, out ReadOnlySpan<byte> raw) && libraries.Count < max; at += DescriptorSize)
        {
            if (!raw.ContainsAnyExcept((byte)0))
            {
                break;
            }

            uint attributes = v.U32(at);
            if (attributes > 1)
            {
                context.Report(PeAnomalyCodes.BadDelayImport, $"delay-import descriptor attributes 0x{attributes:X}", at);
                break;
            }

            bool vaBased = !pe.Is64Bit && attributes == 0;
            ulong Normalize(ulong value) => vaBased && value != 0 && value > oh.ImageBase ? value - oh.ImageBase : value;
            ulong nameRva = Normalize(v.U32(at + 4));
            ulong iatRva = Normalize(v.U32(at + 12));
            ulong intRva = Normalize(v.U32(at + 16));
            if (intRva >= oh.SizeOfImage || iatRva >= oh.SizeOfImage || nameRva < DosHeaderSize || intRva < DosHeaderSize)
            {
                context.Report(PeAnomalyCodes.BadDelayImport, "delay-import descriptor tables lie outside the image", at);
                break;
            }

            if (!pe.TryRvaToOffset(nameRva, out long nameOffset) || !ImportNames.IsValidDllName(v.SliceClamped(nameOffset, v.Length)))
            {
                context.Report(PeAnomalyCodes.InvalidImportName, "invalid delay-loaded DLL name skipped", at);
                continue;
            }

            string dll = v.ReadCString(nameOffset, PeLimits.MaxImportDllNameLength);
            libraries.Add(new ImportedLibrary(dll, ReadFunctions(pe, dll, intRva, iatRva, vaBased, ref functions, ref scanned), at));
            if (scanned > PeLimits.MaxImportThunksScanned)
            {
                context.Report(PeAnomalyCodes.LimitReached, $"more than {PeLimits.MaxImportThunksScanned} delay-import entries examined", at);
                break;
            }
        }

        return libraries;
    }

    private static List<ImportedFunction> ReadFunctions(PeFile pe, string dll, ulong nameRva, ulong funcRva, bool vaBased, ref int total, ref int scanned)
    {
        PeReadContext context = pe.Context;
        ByteView v = context.View;
        int size = pe.Is64Bit ? 8 : 4;
        ulong ordinalFlag = pe.Is64Bit ? 0x8000000000000000UL : 0x80000000UL;
        ulong imageBase = pe.OptionalHeader!.ImageBase;
        int max = context.Options.MaxImports;
        var list = new List<ImportedFunction>();

        // Each step advances both pointers, and pointers that map to no offset end the walk, so the
        // walk ends by the file's size; the cap bounds it further.
        for (int steps = 0; total < max && steps < max && ++scanned <= PeLimits.MaxImportThunksScanned; steps++, nameRva += (ulong)size, funcRva += (ulong)size)
        {
            if (!TryPointer(pe, nameRva, size, out ulong nameAddress) || !TryPointer(pe, funcRva, size, out ulong funcAddress))
            {
                break;
            }

            if (nameAddress == 0 || funcAddress == 0)
            {
                break;
            }

            if ((nameAddress & ordinalFlag) != 0)
            {
                ushort ordinal = (ushort)nameAddress;
                list.Add(new ImportedFunction(ImportNames.OrdinalName(dll, ordinal), ordinal, funcRva));
                total++;
                continue;
            }

            if (vaBased && nameAddress > imageBase)
            {
                nameAddress -= imageBase;
            }

            if (!pe.TryRvaToOffset(nameAddress + 2, out long at))
            {
                continue;
            }

            // libyara keeps delay-load names without the validity check it applies to regular imports.
            list.Add(new ImportedFunction(v.ReadCString(at, PeLimits.MaxImportNameLength), null, funcRva, v.U16(at - 2)));
            total++;
        }

        if (total >= max)
        {
            context.Report(PeAnomalyCodes.LimitReached, $"more than {max} delay-imported functions");
        }

        return list;
    }

    private static bool TryPointer(PeFile pe, ulong rva, int size, out ulong value)
    {
        value = 0;
        if (!pe.TryRvaToOffset(rva, out long at) || !pe.Context.View.Contains(at, size))
        {
            return false;
        }

        value = size == 8 ? pe.Context.View.U64(at) : pe.Context.View.U32(at);
        return true;
    }
}
