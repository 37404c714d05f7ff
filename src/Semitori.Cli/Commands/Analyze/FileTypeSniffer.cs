using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;

namespace Semitori.Cli.Commands.Analyze;

/// <summary>A one-line file type from the magic bytes and, for PE, the headers.</summary>
internal static class FileTypeSniffer
{
    public static string Describe(ReadOnlySpan<byte> data, PeFile pe, DotNetFile? net)
    {
        if (pe.IsPe)
        {
            string bits = pe.Is64Bit ? "PE32+" : "PE32";
            string kind = pe.IsDll ? "DLL" : pe.OptionalHeader!.Subsystem is 10 or 11 or 12 or 13 ? "EFI image" : "executable";
            string machine = PeNames.Machine(pe.FileHeader!.Machine);
            return net is { IsDotNet: true } ? $"{bits} {kind} ({machine}), .NET assembly" : $"{bits} {kind} ({machine})";
        }

        return data switch
        {
            [0x4D, 0x5A, ..] => "MS-DOS executable (MZ, no valid PE header)",
            [0x7F, 0x45, 0x4C, 0x46, ..] => "ELF",
            [0xCF, 0xFA, 0xED, 0xFE, ..] or [0xCE, 0xFA, 0xED, 0xFE, ..] => "Mach-O",
            [0xCA, 0xFE, 0xBA, 0xBE, ..] => "Mach-O universal (or Java class)",
            [0x50, 0x4B, 0x03, 0x04, ..] => "ZIP archive",
            [0x25, 0x50, 0x44, 0x46, ..] => "PDF document",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "OLE compound document",
            [0x45, 0x6C, 0x66, 0x46, 0x69, 0x6C, 0x65, 0x00, ..] => "Windows event log (EVTX)",
            [] => "empty",
            _ => "data",
        };
    }
}
