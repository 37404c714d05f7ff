namespace Semitori.Formats.Pe;

/// <summary>One IMAGE_DEBUG_DIRECTORY entry (Type 2 is CodeView, 16 reproducible, 17 embedded portable PDB).</summary>
public sealed record DebugDirectoryEntry(
    uint Characteristics,
    uint TimeDateStamp,
    ushort MajorVersion,
    ushort MinorVersion,
    uint Type,
    uint SizeOfData,
    uint AddressOfRawData,
    uint PointerToRawData);
