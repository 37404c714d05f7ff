namespace Semitori.Formats.Pe;

/// <summary>Indexes of the optional header's data directories (IMAGE_DIRECTORY_ENTRY_*).</summary>
public enum DataDirectoryIndex
{
    /// <summary>Export table.</summary>
    Export = 0,

    /// <summary>Import table.</summary>
    Import = 1,

    /// <summary>Resource tree.</summary>
    Resource = 2,

    /// <summary>Exception (pdata) table.</summary>
    Exception = 3,

    /// <summary>Certificate (security) table; its address is a file offset, not an RVA.</summary>
    Security = 4,

    /// <summary>Base relocation table.</summary>
    BaseRelocation = 5,

    /// <summary>Debug directory.</summary>
    Debug = 6,

    /// <summary>Architecture (reserved).</summary>
    Architecture = 7,

    /// <summary>Global pointer register value.</summary>
    GlobalPointer = 8,

    /// <summary>Thread-local storage directory.</summary>
    Tls = 9,

    /// <summary>Load configuration directory.</summary>
    LoadConfig = 10,

    /// <summary>Bound import table.</summary>
    BoundImport = 11,

    /// <summary>Import address table.</summary>
    Iat = 12,

    /// <summary>Delay-load import descriptors.</summary>
    DelayImport = 13,

    /// <summary>CLR runtime header (.NET).</summary>
    ClrRuntimeHeader = 14,

    /// <summary>Reserved, must be zero.</summary>
    Reserved = 15,
}
