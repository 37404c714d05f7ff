using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;

namespace Semitori.Hunting.Analysis;

/// <summary>
/// One file as the analyzers see it: its bytes, its display path, lazily parsed PE and .NET
/// views (parsed once, shared by all analyzers of this file) and, on demand, its neighbours.
/// </summary>
public sealed class FileSubject
{
    /// <summary>Neighbours listed per folder at most; a folder with more is treated as listed up to here.</summary>
    public const int MaxNeighbours = 4096;

    private readonly Lazy<PeFile?> _pe;
    private readonly Lazy<DotNetFile?> _dotNet;
    private readonly Lazy<IReadOnlyList<Neighbour>> _neighbours;

    public FileSubject(string path, ReadOnlyMemory<byte> data, Func<IReadOnlyList<Neighbour>>? neighbours = null)
    {
        Path = path;
        Data = data;
        _pe = new Lazy<PeFile?>(ParsePe, LazyThreadSafetyMode.None);
        _dotNet = new Lazy<DotNetFile?>(ParseDotNet, LazyThreadSafetyMode.None);
        _neighbours = new Lazy<IReadOnlyList<Neighbour>>(neighbours ?? (() => []), LazyThreadSafetyMode.None);
    }

    /// <summary>Display path: a file system path, or <c>archive.zip!member/path</c> inside an archive.</summary>
    public string Path { get; }

    /// <summary>File name without folder (the archive member's own name inside an archive).</summary>
    public string Name => System.IO.Path.GetFileName(Path.Replace('!', '/'));

    public ReadOnlyMemory<byte> Data { get; }

    public long Length => Data.Length;

    /// <summary>True when the bytes start with <c>MZ</c>.</summary>
    public bool IsMz => Data.Length >= 2 && Data.Span[0] == (byte)'M' && Data.Span[1] == (byte)'Z';

    /// <summary>The PE view, or null when the file is not a PE (anomalies are on the object when it is a damaged one).</summary>
    public PeFile? Pe => _pe.Value;

    /// <summary>The .NET view, or null when the file is not a .NET assembly.</summary>
    public DotNetFile? DotNet => _dotNet.Value;

    /// <summary>Other files in the same folder (bounded by <see cref="MaxNeighbours"/>), listed on first use.</summary>
    public IReadOnlyList<Neighbour> Neighbours => _neighbours.Value;

    private PeFile? ParsePe()
    {
        if (!IsMz)
        {
            return null;
        }

        PeFile pe = PeFile.FromBytes(Data);
        return pe.IsPe ? pe : null;
    }

    private DotNetFile? ParseDotNet()
    {
        PeFile? pe = Pe;
        if (pe is null)
        {
            return null;
        }

        DotNetFile dotNet = DotNetFile.FromPe(pe);
        return dotNet.IsDotNet ? dotNet : null;
    }
}
