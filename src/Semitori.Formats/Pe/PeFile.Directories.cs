namespace Semitori.Formats.Pe;

public sealed partial class PeFile
{
    private Lazy<IReadOnlyList<ImportedLibrary>> _imports = null!;
    private Lazy<IReadOnlyList<ImportedLibrary>> _delayImports = null!;
    private Lazy<ExportDirectory> _exports = null!;
    private Lazy<ResourceDirectory> _resources = null!;
    private Lazy<RichHeader?> _rich = null!;
    private Lazy<TlsDirectory?> _tls = null!;
    private Lazy<DebugDirectory> _debug = null!;
    private Lazy<uint?> _computedChecksum = null!;
    private Lazy<string?> _imphash = null!;

    /// <summary>Regular imports (libyara <c>import_details</c>), read on first access.</summary>
    public IReadOnlyList<ImportedLibrary> Imports => _imports.Value;

    /// <summary>Delay-load imports (libyara <c>delayed_import_details</c>), read on first access.</summary>
    public IReadOnlyList<ImportedLibrary> DelayImports => _delayImports.Value;

    /// <summary>The export directory (empty when absent), read on first access.</summary>
    public ExportDirectory Exports => _exports.Value;

    /// <summary>Resource leaves and version strings, read on first access.</summary>
    public ResourceDirectory Resources => _resources.Value;

    /// <summary>The Rich header, or null.</summary>
    public RichHeader? RichHeader => _rich.Value;

    /// <summary>The TLS directory with its callbacks, or null.</summary>
    public TlsDirectory? Tls => _tls.Value;

    /// <summary>Debug directory entries and the PDB path.</summary>
    public DebugDirectory Debug => _debug.Value;

    /// <summary>libyara <c>calculate_checksum()</c>; null when not PE.</summary>
    public uint? ComputedChecksum => _computedChecksum.Value;

    /// <summary>libyara <c>imphash()</c>; null when not PE.</summary>
    public string? Imphash => _imphash.Value;

    /// <summary>Total functions over <see cref="Imports"/> (libyara <c>number_of_imported_functions</c>).</summary>
    public int NumberOfImportedFunctions => Imports.Sum(l => l.Functions.Count);

    /// <summary>Total functions over <see cref="DelayImports"/>.</summary>
    public int NumberOfDelayImportedFunctions => DelayImports.Sum(l => l.Functions.Count);

    /// <summary>Data after the last section's raw data; (0, 0) when none.</summary>
    public Overlay Overlay
    {
        get
        {
            long end = 0;
            foreach (SectionHeader s in Sections)
            {
                long sectionEnd = (long)s.PointerToRawData + s.SizeOfRawData;
                end = Math.Max(end, sectionEnd);
            }

            return end != 0 && Length > end ? new Overlay(end, Length - end) : new Overlay(0, 0);
        }
    }

    private uint ComputeChecksum(PeHeaders h)
    {
        uint computed = PeChecksum.Compute(_context.View.Span, h.OptionalHeader.CheckSumOffset);

        // Most user-mode images leave CheckSum 0; a non-zero one that is wrong suggests patching.
        if (h.OptionalHeader.CheckSum != 0 && h.OptionalHeader.CheckSum != computed)
        {
            _context.Report(PeAnomalyCodes.ChecksumMismatch, $"stored checksum 0x{h.OptionalHeader.CheckSum:X} differs from computed 0x{computed:X}", h.OptionalHeader.CheckSumOffset);
        }

        return computed;
    }

    private void InitializeLazyParts()
    {
        PeReadContext c = _context;
        _imports = new(() => c.Guard(PeAnomalyCodes.InternalError, "imports", () => ImportDirectoryReader.Read(this), []));
        _delayImports = new(() => c.Guard(PeAnomalyCodes.InternalError, "delay imports", () => DelayImportReader.Read(this), []));
        _exports = new(() => c.Guard(PeAnomalyCodes.InternalError, "exports", () => ExportDirectoryReader.Read(this), ExportDirectory.Empty));
        _resources = new(() => c.Guard(PeAnomalyCodes.InternalError, "resources", () => ResourceDirectoryReader.Read(this), ResourceDirectory.Empty));
        _rich = new(() => IsPe ? c.Guard(PeAnomalyCodes.InternalError, "rich header", () => RichHeaderReader.Read(c), null) : null);
        _tls = new(() => c.Guard(PeAnomalyCodes.InternalError, "TLS", () => TlsDirectoryReader.Read(this), null));
        _debug = new(() => c.Guard(PeAnomalyCodes.InternalError, "debug directory", () => DebugDirectoryReader.Read(this), DebugDirectory.Empty));
        _computedChecksum = new(() => Headers is { } h ? ComputeChecksum(h) : null);
        _imphash = new(() => IsPe ? ImphashCalculator.Compute(Imports) : null);
        InitializeSignatures();
    }
}
