namespace Semitori.Formats.Pe;

/// <summary>
/// Caps on every count a PE file declares about itself. A hostile header can claim 65,535 sections
/// or 2^32 exports; these bound the work and memory one file can cost. Where libyara has the same
/// cap, the value is libyara's so the YARA module projected from these readers agrees with it.
/// </summary>
public static class PeLimits
{
    /// <summary>Largest file <see cref="PeFile.FromFile"/> and <see cref="PeFile.FromStream"/> read into memory (256 MiB).</summary>
    public const long MaxFileSize = 256L * 1024 * 1024;

    /// <summary>libyara MAX_PE_SECTIONS: 96 was the Windows XP loader limit; later loaders allow 65,535 but YARA stops at 96.</summary>
    public const int MaxSections = 96;

    /// <summary>libyara MAX_PE_IMPORTS: descriptors and thunks parsed per import directory (16,384).</summary>
    public const int MaxImports = 16384;

    /// <summary>
    /// Import thunks examined over the whole directory (16 × <see cref="MaxImports"/>): bounds the
    /// quadratic case of many descriptors sharing one long thunk array.
    /// </summary>
    public const int MaxImportThunksScanned = 16 * MaxImports;

    /// <summary>libyara MAX_IMPORT_DLL_NAME_LENGTH: longer DLL names are treated as invalid.</summary>
    public const int MaxImportDllNameLength = 256;

    /// <summary>libyara reads at most 512 bytes of an import-by-name.</summary>
    public const int MaxImportNameLength = 512;

    /// <summary>libyara MAX_PE_EXPORTS (16,384): NumberOfFunctions is a 32-bit field the file controls.</summary>
    public const int MaxExports = 16384;

    /// <summary>libyara MAX_EXPORT_NAME_LENGTH.</summary>
    public const int MaxExportNameLength = 512;

    /// <summary>libyara MAX_RESOURCES: resource leaves collected over the whole tree.</summary>
    public const int MaxResources = 65536;

    /// <summary>Resource directory depth: Windows uses 3 levels (type/name/language); pefile stops at 32, which is plenty for loops.</summary>
    public const int MaxResourceDepth = 32;

    /// <summary>Entries read from one resource directory node (pefile MAX_RESOURCE_ENTRIES 0x8000).</summary>
    public const int MaxResourceEntriesPerDirectory = 0x8000;

    /// <summary>Resource directory entries visited over the whole tree (shared subdirectories multiply visits).</summary>
    public const int MaxResourceEntriesVisited = 1 << 20;

    /// <summary>Characters read from a resource name string (16-bit length prefix, so never more than 65,535).</summary>
    public const int MaxResourceNameLength = 1024;

    /// <summary>VS_VERSIONINFO nodes visited while reading version strings; real files have a few dozen.</summary>
    public const int MaxVersionInfoNodes = 4096;

    /// <summary>RT_VERSION resources whose strings are read (real files have one).</summary>
    public const int MaxVersionResources = 64;

    /// <summary>Rich header entries: the header sits in the DOS stub area (before e_lfanew), so this is generous.</summary>
    public const int MaxRichEntries = 1024;

    /// <summary>libyara MAX_PE_CERTS: WIN_CERTIFICATE entries read from the security directory.</summary>
    public const int MaxCertificates = 16;

    /// <summary>Certificates kept per PKCS#7 SignedData (real chains have 2 to 5).</summary>
    public const int MaxCertificatesPerSignature = 64;

    /// <summary>Nested signatures followed (libyara authenticode MAX_NESTED_COUNT).</summary>
    public const int MaxNestedSignatures = 16;

    /// <summary>TLS callbacks read from the callback array; the array is NUL-terminated and the file may omit the NUL.</summary>
    public const int MaxTlsCallbacks = 256;

    /// <summary>IMAGE_DEBUG_DIRECTORY entries read.</summary>
    public const int MaxDebugEntries = 64;

    /// <summary>Bytes read for a CodeView PDB path (MAX_PATH is 260; UTF-8 paths can be longer).</summary>
    public const int MaxPdbPathLength = 1024;

    /// <summary>Data directories read: the optional header declares NumberOfRvaAndSizes, the format defines 16.</summary>
    public const int MaxDataDirectories = 16;

    /// <summary>Bytes of a COFF string-table name read for a section's long name.</summary>
    public const int MaxSectionNameLength = 256;
}
