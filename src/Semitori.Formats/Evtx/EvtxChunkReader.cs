using System.Buffers.Binary;
using Semitori.Formats.Common;
using Semitori.Formats.Evtx.BinXml;

namespace Semitori.Formats.Evtx;

/// <summary>Reads the records of one 64 KiB chunk. Each chunk parses independently of the others.</summary>
internal sealed class EvtxChunkReader
{
    private const uint RecordMagic = 0x00002A2A;

    private readonly byte[] _chunk;
    private readonly int _available;
    private readonly long _fileOffset;
    private readonly IFormatAnomalyListener _listener;
    private readonly TemplateCache? _templates;

    public EvtxChunkReader(byte[] chunk, int available, long fileOffset, IFormatAnomalyListener listener, TemplateCache? templates = null)
    {
        _chunk = chunk;
        _available = available;
        _fileOffset = fileOffset;
        _listener = listener;
        _templates = templates;
    }

    public void CheckChecksums(EvtxChunkHeader header)
    {
        if ((header.Flags & EvtxFileFlags.NoCrc32) != 0)
        {
            return;
        }

        if (EvtxChunkHeader.ComputeHeaderChecksum(_chunk) != header.StoredHeaderChecksum)
        {
            Report(EvtxAnomalyCodes.ChunkHeaderChecksum, "chunk header CRC32 mismatch", 0);
        }

        int end = (int)Math.Min(header.FreeSpaceOffset, (uint)_available);
        if (end >= EvtxLimits.ChunkHeaderSize
            && Crc32.Compute(_chunk.AsSpan(EvtxLimits.ChunkHeaderSize, end - EvtxLimits.ChunkHeaderSize)) != header.StoredDataChecksum)
        {
            Report(EvtxAnomalyCodes.ChunkDataChecksum, "chunk record data CRC32 mismatch", 0);
        }
    }

    /// <summary>
    /// Yields the chunk's records one by one, so a streaming consumer holds one record at a time
    /// (records kept for a whole chunk survived the young-generation collections and made them
    /// several times dearer). The chunk buffer must not change until the iteration ends.
    /// </summary>
    public IEnumerable<EvtxRecord> ReadRecords(EvtxChunkHeader header)
    {
        var parser = new BinXmlParser(_chunk, _templates);
        int end = _available;
        if (header.FreeSpaceOffset < EvtxLimits.ChunkHeaderSize || header.FreeSpaceOffset > EvtxLimits.ChunkSize)
        {
            Report(EvtxAnomalyCodes.BadFreeSpaceOffset, $"free-space offset 0x{header.FreeSpaceOffset:X} outside the chunk", 48);
        }
        else
        {
            end = (int)Math.Min(header.FreeSpaceOffset, (uint)_available);
        }

        int offset = EvtxLimits.ChunkHeaderSize;
        while (offset <= end - 24)
        {
            uint magic = BinaryPrimitives.ReadUInt32LittleEndian(_chunk.AsSpan(offset));
            if (magic != RecordMagic)
            {
                if (magic != 0)
                {
                    Report(EvtxAnomalyCodes.BadRecordSignature, $"record magic 0x{magic:X8}; rest of chunk skipped", offset);
                }

                break;
            }

            uint size = BinaryPrimitives.ReadUInt32LittleEndian(_chunk.AsSpan(offset + 4));
            if (size < 28 || size > EvtxLimits.MaxRecordSize || offset + size > _available)
            {
                Report(EvtxAnomalyCodes.BadRecordSize, $"record size {size} does not fit the chunk; rest of chunk skipped", offset);
                break;
            }

            EvtxRecord? record = ReadRecord(parser, offset, (int)size);
            if (record is not null)
            {
                yield return record;
            }

            offset += (int)size;
        }
    }

    private EvtxRecord? ReadRecord(BinXmlParser parser, int offset, int size)
    {
        uint sizeCopy = BinaryPrimitives.ReadUInt32LittleEndian(_chunk.AsSpan(offset + size - 4));
        if (sizeCopy != size)
        {
            Report(EvtxAnomalyCodes.RecordSizeCopyMismatch, $"record size {size}, trailing copy {sizeCopy}", offset);
        }

        ulong id = BinaryPrimitives.ReadUInt64LittleEndian(_chunk.AsSpan(offset + 8));
        ulong written = BinaryPrimitives.ReadUInt64LittleEndian(_chunk.AsSpan(offset + 16));
        try
        {
            List<EvtxContent> content = parser.ParseRecord(offset + 24, offset + size - 4);
            EvtxElement? root = null;
            foreach (EvtxContent node in content)
            {
                if (node is EvtxElement element)
                {
                    root = element;
                    break;
                }
            }

            if (root is null)
            {
                Report(EvtxAnomalyCodes.MalformedBinXml, $"record {id} has no root element", offset);
                return null;
            }

            return new EvtxRecord(id, ValueDecoder.ToDateTime(written), root, _fileOffset + offset);
        }
        catch (EvtxFormatException e)
        {
            Report(EvtxAnomalyCodes.MalformedBinXml, $"record {id}: {e.Message}", offset);
            return null;
        }
    }

    private void Report(string code, string message, int chunkOffset)
        => _listener.Report(new FormatAnomaly(code, message, _fileOffset + chunkOffset));
}
