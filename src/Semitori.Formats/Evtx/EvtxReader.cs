using Semitori.Formats.Common;
using Semitori.Formats.Evtx.BinXml;

namespace Semitori.Formats.Evtx;

/// <summary>
/// Reads an EVTX file chunk by chunk, so memory stays at one 64 KiB chunk plus its records
/// whatever the file size. The header's chunk count is ignored (it is 16-bit and stale in dirty
/// files); every 64 KiB block after the header is tried, as the evtx crate and EvtxECmd do.
/// Problems become anomalies; reading never throws for malformed content.
/// </summary>
public sealed class EvtxReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly EvtxReaderOptions _options;
    private readonly TemplateCache? _templates;
    private bool _headerRead;
    private EvtxFileHeader? _header;

    private EvtxReader(Stream stream, bool ownsStream, EvtxReaderOptions options)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _options = options;
        _templates = options.ShareTemplatesAcrossChunks ? new TemplateCache() : null;
        Listener = options.Listener ?? new AnomalyCollector();
    }

    public IFormatAnomalyListener Listener { get; }

    /// <summary>The file header, or null when the file does not start with one.</summary>
    public EvtxFileHeader? Header
    {
        get
        {
            EnsureHeader();
            return _header;
        }
    }

    public static EvtxReader FromFile(string path, EvtxReaderOptions? options = null)
        => new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan), true, options ?? EvtxReaderOptions.Default);

    public static EvtxReader FromStream(Stream stream, EvtxReaderOptions? options = null)
        => new(stream, false, options ?? EvtxReaderOptions.Default);

    public static EvtxReader FromBytes(byte[] data, EvtxReaderOptions? options = null)
        => new(new MemoryStream(data, writable: false), true, options ?? EvtxReaderOptions.Default);

    /// <summary>Streams every readable record in file order, one record alive at a time.</summary>
    public IEnumerable<EvtxRecord> ReadRecords()
    {
        EnsureHeader();
        long position = EvtxLimits.FileHeaderSize;
        var buffer = new byte[EvtxLimits.ChunkSize];
        while (true)
        {
            _stream.Position = position;
            int read = ReadFully(buffer);
            if (read == 0)
            {
                yield break;
            }

            // The buffer is reused for the next chunk only after this chunk's records are consumed.
            foreach (EvtxRecord record in ReadChunk(buffer, read, position))
            {
                yield return record;
            }

            if (read < buffer.Length)
            {
                yield break;
            }

            position += EvtxLimits.ChunkSize;
        }
    }

    /// <summary>Streams the records of each chunk as a batch (the unit for parallel work).</summary>
    public IEnumerable<IReadOnlyList<EvtxRecord>> ReadChunks()
    {
        EnsureHeader();
        foreach ((byte[] buffer, int read, long position) in RawChunks())
        {
            List<EvtxRecord> records = ReadChunk(buffer, read, position).ToList();
            if (records.Count > 0)
            {
                yield return records;
            }
        }
    }

    /// <summary>
    /// Like <see cref="ReadRecords"/>, in the same order, but chunks are parsed on up to
    /// <paramref name="maxDegree"/> threads (chunks share no state). PLINQ's partition and merge
    /// buffers are bounded, so memory grows with the degree, not with the file.
    /// </summary>
    public IEnumerable<EvtxRecord> ReadRecordsParallel(int maxDegree)
    {
        EnsureHeader();
        return RawChunks()
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, maxDegree))
            .Select(raw => ReadChunk(raw.Buffer, raw.Read, raw.Position).ToList())
            .SelectMany(records => records);
    }

    /// <summary>
    /// Parses chunks on up to <paramref name="maxDegree"/> threads and hands each chunk's records,
    /// as they are parsed, to <paramref name="process"/> on the same thread; the results come
    /// back in file order. Work that belongs to one record (building Sigma events, matching)
    /// thus runs in parallel too, and only what <paramref name="process"/> returns is kept. The
    /// anomaly listener is called from several threads (<see cref="AnomalyCollector"/> is safe).
    /// </summary>
    public IEnumerable<TResult> ProcessChunksParallel<TResult>(int maxDegree, Func<IEnumerable<EvtxRecord>, TResult> process)
    {
        EnsureHeader();
        return RawChunks()
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, maxDegree))
            .Select(raw => process(ReadChunk(raw.Buffer, raw.Read, raw.Position)));
    }

    // Each chunk gets its own buffer: chunks are parsed concurrently.
    private IEnumerable<(byte[] Buffer, int Read, long Position)> RawChunks()
    {
        long position = EvtxLimits.FileHeaderSize;
        while (true)
        {
            var buffer = new byte[EvtxLimits.ChunkSize];
            _stream.Position = position;
            int read = ReadFully(buffer);
            if (read == 0)
            {
                yield break;
            }

            yield return (buffer, read, position);
            if (read < buffer.Length)
            {
                yield break;
            }

            position += EvtxLimits.ChunkSize;
        }
    }

    public void Dispose()
    {
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private IEnumerable<EvtxRecord> ReadChunk(byte[] buffer, int read, long position)
    {
        if (read < buffer.Length)
        {
            Array.Clear(buffer, read, buffer.Length - read);
        }

        if (!EvtxChunkHeader.HasSignature(buffer))
        {
            // Zero blocks are pre-allocated space, not damage.
            if (buffer.AsSpan(0, read).ContainsAnyExcept((byte)0))
            {
                Report(EvtxAnomalyCodes.BadChunkSignature, "block is not a chunk; skipped", position);
            }

            return [];
        }

        if (read < EvtxLimits.ChunkHeaderSize)
        {
            Report(EvtxAnomalyCodes.TruncatedChunk, $"file ends {read} bytes into a chunk", position);
            return [];
        }

        if (read < buffer.Length)
        {
            Report(EvtxAnomalyCodes.TruncatedChunk, $"file ends {read} bytes into a chunk", position);
        }

        EvtxChunkHeader header = EvtxChunkHeader.Parse(buffer);
        var reader = new EvtxChunkReader(buffer, read, position, Listener, _templates);
        if (_options.ValidateChecksums && (_header?.Flags & EvtxFileFlags.NoCrc32) == 0 && read == buffer.Length)
        {
            reader.CheckChecksums(header);
        }

        return reader.ReadRecords(header);
    }

    private void EnsureHeader()
    {
        if (_headerRead)
        {
            return;
        }

        _headerRead = true;
        var block = new byte[128];
        _stream.Position = 0;
        int read = ReadFully(block);
        _header = EvtxFileHeader.TryParse(block.AsSpan(0, read));
        if (_header is null)
        {
            Report(EvtxAnomalyCodes.BadFileSignature, "no ElfFile header; looking for chunks anyway", 0);
            return;
        }

        if (_header.IsDirty)
        {
            Report(EvtxAnomalyCodes.DirtyFile, "file was not closed cleanly", 120);
        }

        if (_options.ValidateChecksums && (_header.Flags & EvtxFileFlags.NoCrc32) == 0 && !_header.ChecksumMatches)
        {
            Report(EvtxAnomalyCodes.FileHeaderChecksum, "file header CRC32 mismatch", 124);
        }
    }

    private int ReadFully(byte[] buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = _stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private void Report(string code, string message, long offset) => Listener.Report(new FormatAnomaly(code, message, offset));
}
