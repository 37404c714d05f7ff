namespace Semitori.Formats.Evtx;

/// <summary>
/// Caps that bound what a hostile EVTX file can cost. Real logs stay far below each of them:
/// Windows writes records of at most a chunk, templates one level deep (EventData as nested
/// BinXml), and elements a handful of levels deep.
/// </summary>
public static class EvtxLimits
{
    /// <summary>Chunks are fixed at 64 KiB by the format.</summary>
    public const int ChunkSize = 0x10000;

    /// <summary>The file header block; chunk 0 starts here.</summary>
    public const int FileHeaderSize = 0x1000;

    /// <summary>Chunk header incl. string and template tables; the first record starts here.</summary>
    public const int ChunkHeaderSize = 0x200;

    /// <summary>A record can never exceed the record area of its chunk.</summary>
    public const int MaxRecordSize = ChunkSize - ChunkHeaderSize;

    /// <summary>Nested BinXml inside substitution values inside templates (Windows uses 1–2).</summary>
    public const int MaxTemplateDepth = 8;

    /// <summary>XML element nesting within one fragment.</summary>
    public const int MaxElementDepth = 64;

    /// <summary>Substitution values in one template instance (Windows uses tens).</summary>
    public const int MaxSubstitutions = 4096;

    /// <summary>Rendered nodes per record: stops template fan-out (one template referencing itself
    /// through nested values) from turning 64 KiB into gigabytes.</summary>
    public const int MaxNodesPerRecord = 100_000;

    /// <summary>Parsed templates kept per file for reuse across chunks (a log uses tens to hundreds).</summary>
    public const int MaxCachedTemplates = 4096;

    /// <summary>Items in one array value.</summary>
    public const int MaxArrayItems = 4096;

    /// <summary>Records per chunk; a record is at least 28 bytes.</summary>
    public const int MaxRecordsPerChunk = MaxRecordSize / 24;
}
