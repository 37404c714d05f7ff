namespace Semitori.Formats.DotNet;

/// <summary>IMAGE_COR20_HEADER (the CLR runtime header), the fields readers use.</summary>
public sealed record ClrHeader(
    uint Size,
    ushort MajorRuntimeVersion,
    ushort MinorRuntimeVersion,
    uint MetadataRva,
    uint MetadataSize,
    uint Flags,
    uint EntryPointToken,
    uint ResourcesRva,
    uint ResourcesSize,
    uint StrongNameSignatureRva,
    uint StrongNameSignatureSize)
{
    /// <summary>COMIMAGE_FLAGS_ILONLY.</summary>
    public bool IsILOnly => (Flags & 0x1) != 0;

    /// <summary>COMIMAGE_FLAGS_STRONGNAMESIGNED.</summary>
    public bool IsStrongNameSigned => (Flags & 0x8) != 0;
}
