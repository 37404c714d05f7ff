namespace Semitori.Formats.Pe;

/// <summary>
/// IMAGE_OPTIONAL_HEADER32/64 in one shape (64-bit-wide fields hold either). Values are as stored;
/// <see cref="BaseOfData"/> is 0 for PE32+, which has no such field.
/// </summary>
public sealed class OptionalHeader
{
    public const ushort Pe32Magic = 0x10B;
    public const ushort Pe32PlusMagic = 0x20B;

    public ushort Magic { get; init; }
    public byte MajorLinkerVersion { get; init; }
    public byte MinorLinkerVersion { get; init; }
    public uint SizeOfCode { get; init; }
    public uint SizeOfInitializedData { get; init; }
    public uint SizeOfUninitializedData { get; init; }

    /// <summary>RVA of the entry point (YARA <c>entry_point_raw</c>).</summary>
    public uint AddressOfEntryPoint { get; init; }
    public uint BaseOfCode { get; init; }
    public uint BaseOfData { get; init; }
    public ulong ImageBase { get; init; }
    public uint SectionAlignment { get; init; }
    public uint FileAlignment { get; init; }
    public ushort MajorOperatingSystemVersion { get; init; }
    public ushort MinorOperatingSystemVersion { get; init; }
    public ushort MajorImageVersion { get; init; }
    public ushort MinorImageVersion { get; init; }
    public ushort MajorSubsystemVersion { get; init; }
    public ushort MinorSubsystemVersion { get; init; }
    public uint Win32VersionValue { get; init; }
    public uint SizeOfImage { get; init; }
    public uint SizeOfHeaders { get; init; }
    public uint CheckSum { get; init; }
    public ushort Subsystem { get; init; }
    public ushort DllCharacteristics { get; init; }
    public ulong SizeOfStackReserve { get; init; }
    public ulong SizeOfStackCommit { get; init; }
    public ulong SizeOfHeapReserve { get; init; }
    public ulong SizeOfHeapCommit { get; init; }
    public uint LoaderFlags { get; init; }
    public uint NumberOfRvaAndSizes { get; init; }

    /// <summary>File offset of the CheckSum field (skipped by checksum and Authenticode hashing).</summary>
    public long CheckSumOffset { get; init; }

    /// <summary>File offset of the first data directory entry.</summary>
    public long DataDirectoriesOffset { get; init; }

    public bool IsPe32Plus => Magic == Pe32PlusMagic;
}
