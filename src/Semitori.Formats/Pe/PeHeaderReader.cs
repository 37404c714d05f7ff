using System.Text;
using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Reads DOS, NT and optional headers and the section table. A file counts as PE on libyara's
/// terms: MZ, e_lfanew inside the file, PE\0\0, and a complete optional header of its kind.
/// </summary>
internal static class PeHeaderReader
{
    private const int DosHeaderSize = 64;
    private const int FileHeaderSize = 20;
    private const int OptionalHeader32Size = 224;
    private const int OptionalHeader64Size = 240;
    private const int SectionHeaderSize = 40;
    private const int CoffSymbolSize = 18;

    public static PeHeaders? Read(PeReadContext context)
    {
        ByteView v = context.View;
        if (v.Length < DosHeaderSize || v.U16(0) != 0x5A4D)
        {
            context.Report(PeAnomalyCodes.NotMz, "no MZ header", 0);
            return null;
        }

        uint lfanew = v.U32(0x3C);
        if ((int)lfanew < 0 || !v.Contains(lfanew, 4 + FileHeaderSize))
        {
            context.Report(PeAnomalyCodes.BadNtHeaderOffset, $"e_lfanew 0x{lfanew:X} lies outside the file", 0x3C);
            return null;
        }

        if (v.U32(lfanew) != 0x00004550)
        {
            context.Report(PeAnomalyCodes.NoPeSignature, "no PE\\0\\0 signature at e_lfanew", lfanew);
            return null;
        }

        long fh = lfanew + 4;
        var fileHeader = new CoffFileHeader(
            v.U16(fh), v.U16(fh + 2), v.U32(fh + 4), v.U32(fh + 8), v.U32(fh + 12), v.U16(fh + 16), v.U16(fh + 18));
        long oh = fh + FileHeaderSize;
        ushort magic = v.U16(oh);
        int optionalSize = magic == OptionalHeader.Pe32PlusMagic ? OptionalHeader64Size : OptionalHeader32Size;
        if (!v.Contains(oh, OptionalHeader32Size) || !v.Contains(oh, optionalSize))
        {
            context.Report(PeAnomalyCodes.TruncatedOptionalHeader, "the optional header is cut by the end of the file", oh);
            return null;
        }

        if (magic is not (OptionalHeader.Pe32Magic or OptionalHeader.Pe32PlusMagic))
        {
            context.Report(PeAnomalyCodes.UnknownOptionalMagic, $"optional header magic 0x{magic:X} (read as PE32)", oh);
        }

        OptionalHeader optional = ReadOptional(v, oh, magic == OptionalHeader.Pe32PlusMagic);
        IReadOnlyList<DataDirectory> directories = ReadDirectories(context, optional);
        long sectionTable = oh + fileHeader.SizeOfOptionalHeader;
        IReadOnlyList<SectionHeader> sections = ReadSections(context, fileHeader, sectionTable);
        return new PeHeaders
        {
            DosHeader = new DosHeader(0x5A4D, lfanew),
            NtHeadersOffset = lfanew,
            FileHeader = fileHeader,
            OptionalHeader = optional,
            DataDirectories = directories,
            Sections = sections,
            SectionTableOffset = sectionTable,
        };
    }

    private static OptionalHeader ReadOptional(ByteView v, long o, bool plus)
    {
        // PE32+ drops BaseOfData and widens ImageBase and the four stack/heap sizes.
        int w = plus ? 8 : 4;
        long afterImageBase = plus ? o + 32 : o + 32;
        long sizes = o + 72;
        ulong Wide(long at) => plus ? v.U64(at) : v.U32(at);
        long loaderFlags = sizes + (4 * w);
        return new OptionalHeader
        {
            Magic = v.U16(o),
            MajorLinkerVersion = v.U8(o + 2),
            MinorLinkerVersion = v.U8(o + 3),
            SizeOfCode = v.U32(o + 4),
            SizeOfInitializedData = v.U32(o + 8),
            SizeOfUninitializedData = v.U32(o + 12),
            AddressOfEntryPoint = v.U32(o + 16),
            BaseOfCode = v.U32(o + 20),
            BaseOfData = plus ? 0 : v.U32(o + 24),
            ImageBase = plus ? v.U64(o + 24) : v.U32(o + 28),
            SectionAlignment = v.U32(afterImageBase),
            FileAlignment = v.U32(o + 36),
            MajorOperatingSystemVersion = v.U16(o + 40),
            MinorOperatingSystemVersion = v.U16(o + 42),
            MajorImageVersion = v.U16(o + 44),
            MinorImageVersion = v.U16(o + 46),
            MajorSubsystemVersion = v.U16(o + 48),
            MinorSubsystemVersion = v.U16(o + 50),
            Win32VersionValue = v.U32(o + 52),
            SizeOfImage = v.U32(o + 56),
            SizeOfHeaders = v.U32(o + 60),
            CheckSum = v.U32(o + 64),
            CheckSumOffset = o + 64,
            Subsystem = v.U16(o + 68),
            DllCharacteristics = v.U16(o + 70),
            SizeOfStackReserve = Wide(sizes),
            SizeOfStackCommit = Wide(sizes + w),
            SizeOfHeapReserve = Wide(sizes + (2 * w)),
            SizeOfHeapCommit = Wide(sizes + (3 * w)),
            LoaderFlags = v.U32(loaderFlags),
            NumberOfRvaAndSizes = v.U32(loaderFlags + 4),
            DataDirectoriesOffset = loaderFlags + 8,
        };
    }

    private static IReadOnlyList<DataDirectory> ReadDirectories(PeReadContext context, OptionalHeader optional)
    {
        // libyara reads all 16 slots of the fixed structure whatever NumberOfRvaAndSizes says; we
        // do the same so projected values agree, and flag the odd count.
        if (optional.NumberOfRvaAndSizes > PeLimits.MaxDataDirectories)
        {
            context.Report(PeAnomalyCodes.TooManyDataDirectories, $"NumberOfRvaAndSizes is {optional.NumberOfRvaAndSizes}", optional.DataDirectoriesOffset - 4);
        }

        var list = new DataDirectory[PeLimits.MaxDataDirectories];
        for (int i = 0; i < list.Length; i++)
        {
            long at = optional.DataDirectoriesOffset + (8L * i);
            list[i] = new DataDirectory(context.View.U32(at), context.View.U32(at + 4));
        }

        return list;
    }

    private static IReadOnlyList<SectionHeader> ReadSections(PeReadContext context, CoffFileHeader fileHeader, long table)
    {
        ByteView v = context.View;
        int declared = fileHeader.NumberOfSections;
        int count = Math.Min(declared, context.Options.MaxSections);
        if (declared > count)
        {
            context.Report(PeAnomalyCodes.TooManySections, $"{declared} sections declared, {count} read", table);
        }

        var sections = new List<SectionHeader>(count);
        for (int i = 0; i < count; i++)
        {
            long at = table + ((long)SectionHeaderSize * i);
            if (!v.TrySlice(at, SectionHeaderSize, out ReadOnlySpan<byte> raw))
            {
                context.Report(PeAnomalyCodes.TruncatedSectionTable, $"section table ends after {i} of {count} headers", at);
                break;
            }

            byte[] rawName = raw[..8].ToArray();
            int nameLength = 8;
            while (nameLength > 0 && rawName[nameLength - 1] == 0)
            {
                nameLength--;
            }

            string name = Encoding.Latin1.GetString(rawName, 0, nameLength);
            var section = new SectionHeader
            {
                RawName = rawName,
                Name = name,
                FullName = ResolveLongName(v, fileHeader, name),
                VirtualSize = v.U32(at + 8),
                VirtualAddress = v.U32(at + 12),
                SizeOfRawData = v.U32(at + 16),
                PointerToRawData = v.U32(at + 20),
                PointerToRelocations = v.U32(at + 24),
                PointerToLineNumbers = v.U32(at + 28),
                NumberOfRelocations = v.U16(at + 32),
                NumberOfLineNumbers = v.U16(at + 34),
                Characteristics = v.U32(at + 36),
                HeaderOffset = at,
            };
            if (section.SizeOfRawData != 0 && !v.Contains(section.PointerToRawData, section.SizeOfRawData))
            {
                context.Report(PeAnomalyCodes.SectionOutsideFile, $"section '{name}' raw data 0x{section.PointerToRawData:X}+0x{section.SizeOfRawData:X} exceeds the file", at);
            }

            sections.Add(section);
        }

        return sections;
    }

    /// <summary>
    /// "/123" names point into the COFF string table that follows the symbol table (mingw keeps
    /// one for its debug sections); an unreadable one falls back to the short name, like libyara.
    /// </summary>
    private static string ResolveLongName(ByteView v, CoffFileHeader fileHeader, string name)
    {
        if (fileHeader.PointerToSymbolTable == 0 || name.Length == 0 || name[0] != '/')
        {
            return name;
        }

        long index = 0;
        for (int i = 1; i < name.Length && char.IsAsciiDigit(name[i]); i++)
        {
            index = (index * 10) + (name[i] - '0');
        }

        long at = fileHeader.PointerToSymbolTable + ((long)fileHeader.NumberOfSymbols * CoffSymbolSize) + index;
        ReadOnlySpan<byte> text = v.ReadNulTerminated(at, PeLimits.MaxSectionNameLength, out bool terminated);
        if (!terminated)
        {
            return name;
        }

        foreach (byte b in text)
        {
            if (b < 0x20 || b > 0x7E)
            {
                return name;
            }
        }

        return Encoding.ASCII.GetString(text);
    }
}
