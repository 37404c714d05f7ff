namespace Semitori.Formats.Pe;

/// <summary>Stable codes of the anomalies the PE readers report (documented in docs/formats.md).</summary>
public static class PeAnomalyCodes
{
    /// <summary>Too small for a DOS header, or no MZ signature.</summary>
    public const string NotMz = "PE001";

    /// <summary>e_lfanew points outside the file or is negative.</summary>
    public const string BadNtHeaderOffset = "PE002";

    /// <summary>No PE\0\0 signature at e_lfanew.</summary>
    public const string NoPeSignature = "PE003";

    /// <summary>The optional header is cut by the end of the file.</summary>
    public const string TruncatedOptionalHeader = "PE004";

    /// <summary>Optional header magic is neither PE32 (0x10B) nor PE32+ (0x20B).</summary>
    public const string UnknownOptionalMagic = "PE005";

    /// <summary>NumberOfSections exceeds the configured cap; the rest are ignored.</summary>
    public const string TooManySections = "PE006";

    /// <summary>The section table runs past the end of the file.</summary>
    public const string TruncatedSectionTable = "PE007";

    /// <summary>A section's raw data lies (partly) outside the file.</summary>
    public const string SectionOutsideFile = "PE008";

    /// <summary>A data directory's RVA maps to no file offset.</summary>
    public const string UnmappedDirectory = "PE009";

    /// <summary>An import descriptor, thunk or name could not be read.</summary>
    public const string BadImport = "PE010";

    /// <summary>An imported DLL or function name is invalid (control characters, empty…) and was skipped as libyara does.</summary>
    public const string InvalidImportName = "PE011";

    /// <summary>An import, export or resource cap was reached; the rest was not read.</summary>
    public const string LimitReached = "PE012";

    /// <summary>The export directory is malformed (tables outside the file, bad counts).</summary>
    public const string BadExport = "PE013";

    /// <summary>The resource tree loops, nests too deep or points outside the file.</summary>
    public const string BadResource = "PE015";

    /// <summary>A VS_VERSIONINFO structure is malformed.</summary>
    public const string BadVersionInfo = "PE018";

    /// <summary>A Rich header is malformed (no DanS after decoding, odd length).</summary>
    public const string BadRichHeader = "PE019";

    /// <summary>The security directory (WIN_CERTIFICATE list) is malformed.</summary>
    public const string BadCertificateTable = "PE021";

    /// <summary>A PKCS#7 / Authenticode blob could not be decoded.</summary>
    public const string BadSignature = "PE022";

    /// <summary>The Authenticode digest in the signature differs from the file's digest.</summary>
    public const string DigestMismatch = "PE023";

    /// <summary>The TLS directory or its callback array is malformed.</summary>
    public const string BadTls = "PE024";

    /// <summary>The debug directory or a CodeView record is malformed.</summary>
    public const string BadDebug = "PE025";

    /// <summary>NumberOfRvaAndSizes is larger than 16.</summary>
    public const string TooManyDataDirectories = "PE026";

    /// <summary>The entry point RVA maps to no file offset.</summary>
    public const string EntryPointOutsideFile = "PE027";

    /// <summary>The delay-load import directory is malformed.</summary>
    public const string BadDelayImport = "PE029";

    /// <summary>The stored checksum differs from the computed one (informational: most EXEs have 0).</summary>
    public const string ChecksumMismatch = "PE030";

    /// <summary>A reader failed unexpectedly; the part it was reading is missing (a bug to report).</summary>
    public const string InternalError = "PE900";
}
