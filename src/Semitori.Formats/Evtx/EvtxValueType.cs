namespace Semitori.Formats.Evtx;

/// <summary>BinXml value types ([MS-EVEN6] 2.2.12); <see cref="ArrayFlag"/> marks arrays of the base type.</summary>
public enum EvtxValueType : byte
{
    /// <summary>No value.</summary>
    Null = 0x00,

    /// <summary>UTF-16LE string.</summary>
    String = 0x01,

    /// <summary>Single-byte string (codepage; read as Latin-1/Windows-1252).</summary>
    AnsiString = 0x02,

    /// <summary>Signed 8-bit integer.</summary>
    Int8 = 0x03,

    /// <summary>Unsigned 8-bit integer.</summary>
    UInt8 = 0x04,

    /// <summary>Signed 16-bit integer.</summary>
    Int16 = 0x05,

    /// <summary>Unsigned 16-bit integer.</summary>
    UInt16 = 0x06,

    /// <summary>Signed 32-bit integer.</summary>
    Int32 = 0x07,

    /// <summary>Unsigned 32-bit integer.</summary>
    UInt32 = 0x08,

    /// <summary>Signed 64-bit integer.</summary>
    Int64 = 0x09,

    /// <summary>Unsigned 64-bit integer.</summary>
    UInt64 = 0x0A,

    /// <summary>IEEE single.</summary>
    Real32 = 0x0B,

    /// <summary>IEEE double.</summary>
    Real64 = 0x0C,

    /// <summary>32-bit boolean (any non-zero is true).</summary>
    Bool = 0x0D,

    /// <summary>Raw bytes, rendered as upper-case hex.</summary>
    Binary = 0x0E,

    /// <summary>16-byte GUID.</summary>
    Guid = 0x0F,

    /// <summary>Pointer-sized integer (4 or 8 bytes), rendered as hex.</summary>
    SizeT = 0x10,

    /// <summary>FILETIME (100 ns since 1601, UTC).</summary>
    FileTime = 0x11,

    /// <summary>SYSTEMTIME (eight 16-bit fields).</summary>
    SystemTime = 0x12,

    /// <summary>Security identifier.</summary>
    Sid = 0x13,

    /// <summary>32-bit integer rendered as hex.</summary>
    HexInt32 = 0x14,

    /// <summary>64-bit integer rendered as hex.</summary>
    HexInt64 = 0x15,

    /// <summary>Event handle (not rendered by Windows either; kept as bytes).</summary>
    EvtHandle = 0x20,

    /// <summary>Nested BinXml fragment.</summary>
    BinXml = 0x21,

    /// <summary>XML text (rare).</summary>
    EvtXml = 0x23,

    /// <summary>Set on top of a base type for arrays.</summary>
    ArrayFlag = 0x80,
}
