namespace Semitori.Formats.Pe;

/// <summary>IMAGE_FILE_HEADER, as stored (NumberOfSections is the declared count, not the parsed one).</summary>
public sealed record CoffFileHeader(
    ushort Machine,
    ushort NumberOfSections,
    uint TimeDateStamp,
    uint PointerToSymbolTable,
    uint NumberOfSymbols,
    ushort SizeOfOptionalHeader,
    ushort Characteristics)
{
    /// <summary>IMAGE_FILE_DLL.</summary>
    public const ushort DllFlag = 0x2000;

    public bool IsDll => (Characteristics & DllFlag) != 0;
}
