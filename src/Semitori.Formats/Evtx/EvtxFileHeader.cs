using Semitori.Formats.Common;
using System.Buffers.Binary;

namespace Semitori.Formats.Evtx;

/// <summary>The first 128 bytes of an EVTX file ("ElfFile\0"), read as stored.</summary>
public sealed record EvtxFileHeader(
    ulong FirstChunkNumber,
    ulong LastChunkNumber,
    ulong NextRecordId,
    ushort MinorVersion,
    ushort MajorVersion,
    ushort ChunkCount,
    EvtxFileFlags Flags,
    uint StoredChecksum,
    uint ComputedChecksum)
{
    public static ReadOnlySpan<byte> Signature => "ElfFile\0"u8;

    public bool IsDirty => (Flags & EvtxFileFlags.Dirty) != 0;

    public bool ChecksumMatches => StoredChecksum == ComputedChecksum;

    /// <summary>Parses the header; returns null when the signature is missing.</summary>
    public static EvtxFileHeader? TryParse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 128 || !data[..8].SequenceEqual(Signature))
        {
            return null;
        }

        return new EvtxFileHeader(
            BinaryPrimitives.ReadUInt64LittleEndian(data[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(data[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(data[24..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[36..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[38..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[42..]),
            (EvtxFileFlags)BinaryPrimitives.ReadUInt32LittleEndian(data[120..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[124..]),
            Crc32.Compute(data[..120]));
    }
}
