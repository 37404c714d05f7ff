namespace Semitori.Formats.DotNet;

/// <summary>
/// A ManifestResource row. For a resource embedded in this file (no Implementation), libyara's
/// <c>offset</c> is the file offset of the data after its 4-byte length and <c>length</c> that length.
/// </summary>
public sealed record DotNetResource(string? Name, uint StoredOffset, uint Flags, MetadataTable? ImplementationTable, uint ImplementationRid, long? DataOffset, uint? Length)
{
    public bool IsEmbedded => ImplementationRid == 0;

    /// <summary>Visibility: 1 public, 2 private.</summary>
    public uint Visibility => Flags & 0x7;
}
