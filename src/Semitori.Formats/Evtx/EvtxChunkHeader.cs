using Semitori.Formats.Common;
using System.Buffers.Binary;

namespace Semitori.Formats.Evtx;

/// <summary>The 512-byte header of a 64 KiB chunk ("ElfChnk\0").</summary>
public sealed record EvtxChunkHeader(
    ulong FirstRecordNumber,
    ulong LastRecordNumber,
    ulong FirstRecordId,
    ulong LastRecordId,
    uint LastRecordOffset,
    uint FreeSpaceOffset,
    uint StoredDataChecksum,
    EvtxFileFlags Flags,
    uint StoredHeaderChecksum)
{
    public static ReadOnlySpan<byte> Signature => "ElfChnk\0"u8;

    public static bool HasSignature(ReadOnlySpan<byte> chunk) => chunk.Length >= 8 && chunk[..8].SequenceEqual(Signature);

    public static EvtxChunkHeader Parse(ReadOnlySpan<byte> chunk) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(chunk[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(chunk[16..]),
        BinaryPrimitives.ReadUInt64LittleEndian(chunk[24..]),
        BinaryPrimitives.ReadUInt64LittleEndian(chunk[32..]),
        BinaryPrimitives.ReadUInt32LittleEndian(chunk[44..]),
        BinaryPrimitives.ReadUInt32LittleEndian(chunk[48..]),
        BinaryPrimitives.ReadUInt32LittleEndian(chunk[52..]),
        (EvtxFileFlags)BinaryPrimitives.ReadUInt32LittleEndian(chunk[120..]),
        BinaryPrimitives.ReadUInt32LittleEndian(chunk[124..]));

    /// <summary>CRC32 over bytes 0–119 and 128–511, as the format defines.</summary>
    public static uint ComputeHeaderChecksum(ReadOnlySpan<byte> chunk)
        => Crc32.Compute(chunk[128..EvtxLimits.ChunkHeaderSize], Crc32.Compute(chunk[..120]));
}
