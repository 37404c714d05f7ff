using Semitori.Formats.Pe;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Pe;

/// <summary>Header, section, data directory and overlay fields, as libyara's <c>pe_parse_header</c> sets them.</summary>
internal static class PeHeaderProjection
{
    public static void Project(PeFile pe, PeHeaders h, Dictionary<string, object?> root)
    {
        CoffFileHeader f = h.FileHeader;
        OptionalHeader o = h.OptionalHeader;
        root["is_pe"] = 1L;
        root["machine"] = (long)f.Machine;
        root["number_of_sections"] = (long)f.NumberOfSections;
        root["timestamp"] = (long)f.TimeDateStamp;
        root["pointer_to_symbol_table"] = (long)f.PointerToSymbolTable;
        root["number_of_symbols"] = (long)f.NumberOfSymbols;
        root["size_of_optional_header"] = (long)f.SizeOfOptionalHeader;
        root["characteristics"] = (long)f.Characteristics;

        // libyara stores pe_rva_to_offset's -1 when the entry point maps to no file offset.
        root["entry_point"] = pe.TryRvaToOffset(o.AddressOfEntryPoint, out long ep) ? ep : -1L;
        root["entry_point_raw"] = (long)o.AddressOfEntryPoint;
        root["image_base"] = unchecked((long)o.ImageBase);
        root["number_of_rva_and_sizes"] = (long)o.NumberOfRvaAndSizes;
        root["opthdr_magic"] = (long)o.Magic;
        root["linker_version"] = Version(o.MajorLinkerVersion, o.MinorLinkerVersion);
        root["size_of_code"] = (long)o.SizeOfCode;
        root["size_of_initialized_data"] = (long)o.SizeOfInitializedData;
        root["size_of_uninitialized_data"] = (long)o.SizeOfUninitializedData;
        root["base_of_code"] = (long)o.BaseOfCode;
        if (!o.IsPe32Plus)
        {
            root["base_of_data"] = (long)o.BaseOfData;
        }

        root["section_alignment"] = (long)o.SectionAlignment;
        root["file_alignment"] = (long)o.FileAlignment;
        root["os_version"] = Version(o.MajorOperatingSystemVersion, o.MinorOperatingSystemVersion);
        root["image_version"] = Version(o.MajorImageVersion, o.MinorImageVersion);
        root["subsystem_version"] = Version(o.MajorSubsystemVersion, o.MinorSubsystemVersion);
        root["win32_version_value"] = (long)o.Win32VersionValue;
        root["size_of_image"] = (long)o.SizeOfImage;
        root["size_of_headers"] = (long)o.SizeOfHeaders;
        root["checksum"] = (long)o.CheckSum;
        root["subsystem"] = (long)o.Subsystem;
        root["dll_characteristics"] = (long)o.DllCharacteristics;
        root["size_of_stack_reserve"] = unchecked((long)o.SizeOfStackReserve);
        root["size_of_stack_commit"] = unchecked((long)o.SizeOfStackCommit);
        root["size_of_heap_reserve"] = unchecked((long)o.SizeOfHeapReserve);
        root["size_of_heap_commit"] = unchecked((long)o.SizeOfHeapCommit);
        root["loader_flags"] = (long)o.LoaderFlags;
        // libyara lists min(NumberOfRvaAndSizes, 16) entries (it still reads directories past that count).
        root["data_directories"] = List(h.DataDirectories.Take((int)System.Math.Min(o.NumberOfRvaAndSizes, 16u)), d => Dict(("virtual_address", (long)d.VirtualAddress), ("size", (long)d.Size)));
        root["sections"] = List(h.Sections, Section);

        // libyara: overlay 0/0 when the file has none (undefined only for non-PE files).
        Overlay overlay = pe.Overlay;
        root["overlay"] = Dict(("offset", overlay.IsPresent ? overlay.Offset : 0L), ("size", overlay.IsPresent ? overlay.Size : 0L));
    }

    private static object? Section(SectionHeader s) => Dict(
        ("name", Latin1(s.Name)),
        ("full_name", Latin1(s.FullName)),
        ("characteristics", (long)s.Characteristics),
        ("raw_data_size", (long)s.SizeOfRawData),
        ("raw_data_offset", (long)s.PointerToRawData),
        ("virtual_address", (long)s.VirtualAddress),
        ("virtual_size", (long)s.VirtualSize),
        ("pointer_to_relocations", (long)s.PointerToRelocations),
        ("pointer_to_line_numbers", (long)s.PointerToLineNumbers),
        ("number_of_relocations", (long)s.NumberOfRelocations),
        ("number_of_line_numbers", (long)s.NumberOfLineNumbers));

    public static Dictionary<string, object?> Version(long major, long minor) => Dict(("major", major), ("minor", minor));

    public static Dictionary<string, object?> Dict(params (string Key, object? Value)[] items)
    {
        var d = new Dictionary<string, object?>(items.Length, StringComparer.Ordinal);
        foreach ((string key, object? value) in items)
        {
            if (value is not null)
            {
                d[key] = value;
            }
        }

        return d;
    }
}
