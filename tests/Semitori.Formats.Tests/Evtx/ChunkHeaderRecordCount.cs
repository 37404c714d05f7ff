using System.Buffers.Binary;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>
/// Counts records without the reader, for files no reference parser can render. Two measures
/// that share no code with <c>EvtxChunkReader</c> and read no BinXml:
/// <list type="bullet">
/// <item><see cref="HeaderRange"/>: for every 64 KiB block whose first 8 bytes are "ElfChnk\0",
/// last minus first event record number (chunk header offsets 24 and 32) plus one;</item>
/// <item><see cref="SignatureWalk"/>: from offset 0x200 of each chunk up to its free-space
/// offset (header offset 48), hop from record to record while the 4 bytes are the record
/// signature 2A 2A 00 00 and the size (offset 4) fits.</item>
/// </list>
/// When both agree the chunk headers and the record chain tell the same story, and the number is
/// the file's record count; where they disagree (damaged or recovered files) neither is used.
/// </summary>
internal sealed record ChunkHeaderRecordCount(long HeaderRange, long SignatureWalk)
{
    private const int Block = 0x10000;
    private const int FirstRecord = 0x200;
    private static readonly byte[] ChunkMagic = "ElfChnk\0"u8.ToArray();
    private static readonly byte[] RecordSignature = [0x2A, 0x2A, 0x00, 0x00];

    public bool Consistent => HeaderRange == SignatureWalk;

    public static ChunkHeaderRecordCount Of(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        long range = 0;
        long walked = 0;
        for (int offset = 0x1000; offset + FirstRecord <= file.Length; offset += Block)
        {
            ReadOnlySpan<byte> chunk = file.AsSpan(offset, Math.Min(Block, file.Length - offset));
            if (!chunk.StartsWith(ChunkMagic))
            {
                continue;
            }

            ulong first = BinaryPrimitives.ReadUInt64LittleEndian(chunk[24..]);
            ulong last = BinaryPrimitives.ReadUInt64LittleEndian(chunk[32..]);
            if (last >= first)
            {
                range += (long)(last - first + 1);
            }

            uint free = BinaryPrimitives.ReadUInt32LittleEndian(chunk[48..]);
            int end = free is >= FirstRecord and <= Block ? (int)Math.Min(free, (uint)chunk.Length) : chunk.Length;
            int at = FirstRecord;
            while (at + 24 <= end && chunk[at..].StartsWith(RecordSignature))
            {
                uint size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[(at + 4)..]);
                if (size < 28 || at + size > chunk.Length)
                {
                    break;
                }

                walked++;
                at += (int)size;
            }
        }

        return new ChunkHeaderRecordCount(range, walked);
    }
}
