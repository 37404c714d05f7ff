using Semitori.Formats.Pe;

namespace Semitori.Cli.Commands.Analyze;

/// <summary>Readable names for PE header codes and flag sets.</summary>
internal static class PeNames
{
    public static string Machine(ushort machine) => machine switch
    {
        0x14C => "i386",
        0x8664 => "AMD64",
        0x1C0 => "ARM",
        0x1C4 => "ARMv7 Thumb-2",
        0xAA64 => "ARM64",
        0x200 => "IA-64",
        0xEBC => "EFI byte code",
        0 => "unknown",
        _ => $"0x{machine:X4}",
    };

    public static string Subsystem(ushort subsystem) => subsystem switch
    {
        1 => "native",
        2 => "Windows GUI",
        3 => "Windows console",
        7 => "POSIX console",
        9 => "Windows CE GUI",
        10 => "EFI application",
        11 => "EFI boot service driver",
        12 => "EFI runtime driver",
        13 => "EFI ROM",
        14 => "Xbox",
        16 => "Windows boot application",
        _ => $"{subsystem}",
    };

    private static readonly (ushort Bit, string Name)[] FileFlags =
    [
        (0x0001, "RELOCS_STRIPPED"), (0x0002, "EXECUTABLE_IMAGE"), (0x0020, "LARGE_ADDRESS_AWARE"),
        (0x0100, "32BIT_MACHINE"), (0x0200, "DEBUG_STRIPPED"), (0x1000, "SYSTEM"), (0x2000, "DLL"),
    ];

    private static readonly (ushort Bit, string Name)[] DllFlags =
    [
        (0x0020, "HIGH_ENTROPY_VA"), (0x0040, "DYNAMIC_BASE"), (0x0080, "FORCE_INTEGRITY"), (0x0100, "NX_COMPAT"),
        (0x0200, "NO_ISOLATION"), (0x0400, "NO_SEH"), (0x0800, "NO_BIND"), (0x1000, "APPCONTAINER"),
        (0x2000, "WDM_DRIVER"), (0x4000, "GUARD_CF"), (0x8000, "TERMINAL_SERVER_AWARE"),
    ];

    public static string FileCharacteristics(ushort value) => Flags(value, FileFlags);

    public static string DllCharacteristics(ushort value) => Flags(value, DllFlags);

    public static string SectionFlags(uint characteristics)
    {
        string r = (characteristics & SectionHeader.MemRead) != 0 ? "r" : "-";
        string w = (characteristics & SectionHeader.MemWrite) != 0 ? "w" : "-";
        string x = (characteristics & SectionHeader.MemExecute) != 0 ? "x" : "-";
        return r + w + x;
    }

    public static string ResourceType(uint? id, string? name) => name ?? id switch
    {
        1 => "CURSOR", 2 => "BITMAP", 3 => "ICON", 4 => "MENU", 5 => "DIALOG", 6 => "STRING", 7 => "FONTDIR", 8 => "FONT",
        9 => "ACCELERATOR", 10 => "RCDATA", 11 => "MESSAGETABLE", 12 => "GROUP_CURSOR", 14 => "GROUP_ICON", 16 => "VERSION",
        17 => "DLGINCLUDE", 19 => "PLUGPLAY", 20 => "VXD", 21 => "ANICURSOR", 22 => "ANIICON", 23 => "HTML", 24 => "MANIFEST",
        null => "?",
        _ => $"#{id}",
    };

    private static string Flags(ushort value, (ushort Bit, string Name)[] table)
    {
        var names = table.Where(f => (value & f.Bit) != 0).Select(f => f.Name).ToList();
        return names.Count == 0 ? $"0x{value:X4}" : $"0x{value:X4} ({string.Join(" | ", names)})";
    }
}
