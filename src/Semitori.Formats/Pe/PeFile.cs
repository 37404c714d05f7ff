using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// A PE file read defensively. Headers are read at construction; directories (imports, exports,
/// resources, signatures…) on first access, each on its own so a broken one costs only itself.
/// Nothing here throws on malformed input: problems become <see cref="Anomalies"/>, values become
/// partial. Only I/O errors of <see cref="FromFile"/>/<see cref="FromStream"/> are exceptions.
/// </summary>
public sealed partial class PeFile
{
    private readonly PeReadContext _context;

    private PeFile(ReadOnlyMemory<byte> data, PeReaderOptions options)
    {
        _context = new PeReadContext(new ByteView(data), options);
        Headers = _context.Guard(PeAnomalyCodes.InternalError, "headers", () => PeHeaderReader.Read(_context), null);
        if (Headers is { } h && h.OptionalHeader.AddressOfEntryPoint != 0 && EntryPointOffset is null)
        {
            _context.Report(PeAnomalyCodes.EntryPointOutsideFile, $"entry point RVA 0x{h.OptionalHeader.AddressOfEntryPoint:X} maps to no file offset", h.OptionalHeader.CheckSumOffset - 48);
        }

        InitializeLazyParts();
    }

    public static PeFile FromBytes(byte[] data, PeReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new PeFile(data, options ?? PeReaderOptions.Default);
    }

    public static PeFile FromBytes(ReadOnlyMemory<byte> data, PeReaderOptions? options = null) =>
        new(data, options ?? PeReaderOptions.Default);

    /// <summary>Reads the file (up to <see cref="PeReaderOptions.MaxFileSize"/> bytes) into memory.</summary>
    public static PeFile FromFile(string path, PeReaderOptions? options = null)
    {
        using FileStream stream = File.OpenRead(path);
        return FromStream(stream, options);
    }

    /// <summary>Reads the stream from its current position, up to <see cref="PeReaderOptions.MaxFileSize"/> bytes.</summary>
    public static PeFile FromStream(Stream stream, PeReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PeReaderOptions.Default;
        byte[] data = BoundedRead.ReadAll(stream, options.MaxFileSize, out bool truncated);
        var file = new PeFile(data, options);
        if (truncated)
        {
            file._context.Report(PeAnomalyCodes.LimitReached, $"input longer than {options.MaxFileSize} bytes; only that much was read");
        }

        return file;
    }

    /// <summary>The whole file as read.</summary>
    public ReadOnlyMemory<byte> Data => _context.View.Memory;

    public long Length => _context.View.Length;

    public PeReaderOptions Options => _context.Options;

    /// <summary>Anomalies found so far (lazy parts add theirs when first read), at most <see cref="AnomalyCollector.MaxAnomalies"/>.</summary>
    public IReadOnlyList<FormatAnomaly> Anomalies => _context.Anomalies;

    /// <summary>DOS/NT/optional headers and the section table; null when the file is not PE.</summary>
    public PeHeaders? Headers { get; }

    /// <summary>MZ, PE\0\0 and a complete optional header (libyara's <c>is_pe</c>).</summary>
    public bool IsPe => Headers is not null;

    public CoffFileHeader? FileHeader => Headers?.FileHeader;

    public OptionalHeader? OptionalHeader => Headers?.OptionalHeader;

    public IReadOnlyList<SectionHeader> Sections => Headers?.Sections ?? [];

    public IReadOnlyList<DataDirectory> DataDirectories => Headers?.DataDirectories ?? [];

    /// <summary>Optional header magic is PE32 (0x10B).</summary>
    public bool Is32Bit => Headers?.OptionalHeader.Magic == OptionalHeader.Pe32Magic;

    /// <summary>Optional header magic is PE32+ (0x20B).</summary>
    public bool Is64Bit => Headers?.OptionalHeader.Magic == OptionalHeader.Pe32PlusMagic;

    /// <summary>IMAGE_FILE_DLL is set in the COFF characteristics.</summary>
    public bool IsDll => Headers?.FileHeader.IsDll ?? false;

    /// <summary>The entry point as a file offset (YARA <c>entry_point</c>), or null when it maps to none.</summary>
    public long? EntryPointOffset =>
        Headers is { } h && TryRvaToOffset(h.OptionalHeader.AddressOfEntryPoint, out long offset) ? offset : null;

    public DataDirectory GetDataDirectory(DataDirectoryIndex index) =>
        (int)index < DataDirectories.Count ? DataDirectories[(int)index] : default;

    /// <summary>Index of the first section whose name equals <paramref name="name"/>, or -1.</summary>
    public int IndexOfSection(string name)
    {
        for (int i = 0; i < Sections.Count; i++)
        {
            if (string.Equals(Sections[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal PeReadContext Context => _context;
}
