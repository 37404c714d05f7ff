namespace Semitori.Formats.Pe;

/// <summary>One IMAGE_SECTION_HEADER, as stored, plus its decoded names.</summary>
public sealed class SectionHeader
{
    /// <summary>The 8 name bytes exactly as stored (may hold bytes after a NUL).</summary>
    public required byte[] RawName { get; init; }

    /// <summary>
    /// The 8-byte name with trailing NULs removed, one char per byte (libyara's <c>name</c>: an
    /// rstrip, so bytes after an inner NUL survive).
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The long name from the COFF string table when <see cref="Name"/> is <c>/N</c> (mingw debug sections), else <see cref="Name"/>.</summary>
    public required string FullName { get; init; }

    public uint VirtualSize { get; init; }
    public uint VirtualAddress { get; init; }
    public uint SizeOfRawData { get; init; }
    public uint PointerToRawData { get; init; }
    public uint PointerToRelocations { get; init; }
    public uint PointerToLineNumbers { get; init; }
    public ushort NumberOfRelocations { get; init; }
    public ushort NumberOfLineNumbers { get; init; }
    public uint Characteristics { get; init; }

    /// <summary>File offset of this header in the section table.</summary>
    public long HeaderOffset { get; init; }

    /// <summary>Characteristics bits (IMAGE_SCN_MEM_*).</summary>
    public const uint MemExecute = 0x20000000, MemRead = 0x40000000, MemWrite = 0x80000000, CntCode = 0x20;
}
