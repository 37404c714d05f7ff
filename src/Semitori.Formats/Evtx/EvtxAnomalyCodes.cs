namespace Semitori.Formats.Evtx;

/// <summary>Stable codes of the anomalies the EVTX reader reports. None of them stops the read.</summary>
public static class EvtxAnomalyCodes
{
    /// <summary>The file does not start with "ElfFile\0"; chunks are still looked for.</summary>
    public const string BadFileSignature = "EVTX001";

    /// <summary>File header CRC32 does not match.</summary>
    public const string FileHeaderChecksum = "EVTX002";

    /// <summary>A 64 KiB block that is neither a chunk nor zeros: skipped.</summary>
    public const string BadChunkSignature = "EVTX003";

    /// <summary>Chunk header CRC32 does not match.</summary>
    public const string ChunkHeaderChecksum = "EVTX004";

    /// <summary>Chunk record-data CRC32 does not match.</summary>
    public const string ChunkDataChecksum = "EVTX005";

    /// <summary>A record header without the "**\0\0" magic: the rest of the chunk is skipped.</summary>
    public const string BadRecordSignature = "EVTX006";

    /// <summary>A record size that does not fit the chunk: the rest of the chunk is skipped.</summary>
    public const string BadRecordSize = "EVTX007";

    /// <summary>The size copy at the end of a record differs from its header.</summary>
    public const string RecordSizeCopyMismatch = "EVTX008";

    /// <summary>The BinXml of a record could not be read or hit a limit: the record is skipped.</summary>
    public const string MalformedBinXml = "EVTX009";

    /// <summary>The file ends inside a chunk.</summary>
    public const string TruncatedChunk = "EVTX010";

    /// <summary>The header says the file was not closed cleanly (informational).</summary>
    public const string DirtyFile = "EVTX011";

    /// <summary>The chunk's free-space offset is outside the chunk; the whole chunk is scanned.</summary>
    public const string BadFreeSpaceOffset = "EVTX012";
}
