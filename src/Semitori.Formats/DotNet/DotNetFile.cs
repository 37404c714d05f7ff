using Semitori.Formats.Common;
using Semitori.Formats.Pe;

namespace Semitori.Formats.DotNet;

/// <summary>
/// The .NET (ECMA-335) metadata of a PE file, read defensively. The root, streams, heaps and table
/// layout are read at construction; model lists (types, methods, attributes…) on first access.
/// Every stream header is kept in <see cref="Streams"/>, duplicates included; which one is used
/// for each heap is decided by <see cref="DotNetReaderOptions.StreamSelection"/>.
/// </summary>
public sealed partial class DotNetFile
{
    private readonly AnomalySink _sink;
    private readonly MetadataRootReader.Root? _root;

    private DotNetFile(PeFile pe, DotNetReaderOptions options)
    {
        Pe = pe;
        Options = options;
        _sink = new AnomalySink(options.AnomalyListener);
        _root = _sink.Guard(DotNetAnomalyCodes.InternalError, "metadata root", () => MetadataRootReader.Read(pe, _sink), null);
        StreamSelector.Selection selection = StreamSelector.Select(Streams, options.StreamSelection);
        TablesStream = selection.Tables;
        StringsStream = selection.Strings;
        UserStringsStream = selection.UserStrings;
        GuidStream = selection.Guid;
        BlobStream = selection.Blob;
        var data = new ByteView(pe.Data);
        Heaps = new MetadataHeaps(Slice(data, StringsStream), Slice(data, BlobStream), Slice(data, GuidStream), Slice(data, UserStringsStream));
        if (TablesStream is { } tables)
        {
            Tables = _sink.Guard(DotNetAnomalyCodes.InternalError, "tables", () => MetadataTables.Read(Slice(data, tables), _sink, tables.FileOffset), null);
        }

        InitializeModel();
    }

    public static DotNetFile FromPe(PeFile pe, DotNetReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pe);
        return new DotNetFile(pe, options ?? DotNetReaderOptions.Default);
    }

    public static DotNetFile FromBytes(byte[] data, DotNetReaderOptions? options = null) =>
        FromPe(PeFile.FromBytes(data, new PeReaderOptions { AnomalyListener = options?.AnomalyListener }), options);

    public static DotNetFile FromFile(string path, DotNetReaderOptions? options = null) =>
        FromPe(PeFile.FromFile(path, new PeReaderOptions { AnomalyListener = options?.AnomalyListener }), options);

    public PeFile Pe { get; }

    public DotNetReaderOptions Options { get; }

    /// <summary>Anomalies of the metadata readers (the PE layer keeps its own in <see cref="PeFile.Anomalies"/>).</summary>
    public IReadOnlyList<FormatAnomaly> Anomalies => _sink.Items;

    /// <summary>A CLR header of size 72 and a BSJB root with a valid version (libyara <c>is_dotnet</c>).</summary>
    public bool IsDotNet => _root is not null;

    public ClrHeader? ClrHeader => _root?.Clr;

    /// <summary>File offset of the BSJB metadata root.</summary>
    public long MetadataOffset => _root?.MetadataOffset ?? -1;

    /// <summary>Runtime version string of the metadata root, e.g. v4.0.30319 (libyara <c>version</c>).</summary>
    public string? MetadataVersion => _root?.Version;

    /// <summary>Every stream header in file order, duplicates and unknown names included.</summary>
    public IReadOnlyList<MetadataStreamHeader> Streams => _root?.Streams ?? [];

    /// <summary>Stream names that are duplicated or non-standard: obfuscator fingerprints.</summary>
    public IReadOnlyList<string> OddStreams =>
        Streams.GroupBy(s => s.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 || g.Key is not ("#~" or "#-" or "#Strings" or "#US" or "#GUID" or "#Blob"))
            .Select(g => g.Count() > 1 ? $"{g.Key} x{g.Count()}" : g.Key)
            .ToList();

    public MetadataStreamHeader? TablesStream { get; }

    public MetadataStreamHeader? StringsStream { get; }

    public MetadataStreamHeader? UserStringsStream { get; }

    public MetadataStreamHeader? GuidStream { get; }

    public MetadataStreamHeader? BlobStream { get; }

    public MetadataHeaps Heaps { get; }

    /// <summary>The #~/#- tables, or null when absent or unreadable.</summary>
    public MetadataTables? Tables { get; }

    private static ByteView Slice(ByteView data, MetadataStreamHeader? stream) =>
        stream is null ? new ByteView(ReadOnlyMemory<byte>.Empty) : data.SubView(stream.FileOffset, stream.Size);
}
