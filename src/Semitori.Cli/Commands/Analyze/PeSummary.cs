namespace Semitori.Cli.Commands.Analyze;

/// <summary>The PE part of the report.</summary>
internal sealed record PeSummary(
    PeHeaderSummary Headers,
    IReadOnlyList<SectionSummary> Sections,
    IReadOnlyList<ImportSummary> Imports,
    IReadOnlyList<ImportSummary> DelayImports,
    ExportSummary? Exports,
    IReadOnlyList<ResourceSummary> Resources,
    IReadOnlyDictionary<string, string> VersionInfo,
    RichSummary? Rich,
    IReadOnlyList<string> TlsCallbacks,
    string? PdbPath,
    OverlaySummary? Overlay,
    IReadOnlyList<SignatureSummary> Signatures);

internal sealed record PeHeaderSummary(
    string Machine,
    string Format,
    bool IsDll,
    string Subsystem,
    long Timestamp,
    string TimestampUtc,
    string ImageBase,
    string EntryPointRva,
    long? EntryPointOffset,
    string? EntryPointSection,
    string Characteristics,
    string DllCharacteristics,
    string LinkerVersion,
    string OsVersion,
    string SubsystemVersion,
    string Checksum,
    string ComputedChecksum,
    long SizeOfImage,
    long SizeOfHeaders);

internal sealed record SectionSummary(string Name, string VirtualAddress, long VirtualSize, long RawOffset, long RawSize, double Entropy, string Flags);

internal sealed record ImportSummary(string Dll, IReadOnlyList<string> Functions);

internal sealed record ExportSummary(string? DllName, long Timestamp, IReadOnlyList<ExportEntry> Functions);

internal sealed record ExportEntry(long Ordinal, string? Name, string Rva, string? ForwardsTo);

internal sealed record ResourceSummary(string Type, string Name, string Language, long Size, long? Offset, double? Entropy);

internal sealed record RichSummary(long Offset, string Key, IReadOnlyList<string> Entries);

internal sealed record OverlaySummary(long Offset, long Size, double Entropy);

internal sealed record SignatureSummary(
    int Depth,
    bool Verified,
    string? DigestAlgorithm,
    string? Digest,
    string? FileDigest,
    string? Signer,
    string? Issuer,
    string? Serial,
    string? Thumbprint,
    string? ProgramName,
    IReadOnlyList<string> Chain,
    IReadOnlyList<string> Timestamps);
