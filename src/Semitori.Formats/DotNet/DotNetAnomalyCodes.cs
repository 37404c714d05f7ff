namespace Semitori.Formats.DotNet;

/// <summary>Stable codes of the anomalies the .NET metadata readers report (documented in docs/formats.md).</summary>
public static class DotNetAnomalyCodes
{
    /// <summary>The CLR header is missing, truncated or has an unexpected size.</summary>
    public const string BadClrHeader = "NET001";

    /// <summary>No BSJB metadata root, or a bad version length.</summary>
    public const string BadMetadataRoot = "NET002";

    /// <summary>A stream header is truncated, unterminated or points outside the file.</summary>
    public const string BadStreamHeader = "NET003";

    /// <summary>A stream name occurs twice (obfuscators add decoys; which one counts depends on the reader).</summary>
    public const string DuplicateStream = "NET004";

    /// <summary>A stream with a non-standard name.</summary>
    public const string UnknownStream = "NET005";

    /// <summary>The #~ / #- tables header is truncated or the tables run past the stream.</summary>
    public const string BadTablesHeader = "NET006";

    /// <summary>A row count exceeds its cap; only the capped rows are read.</summary>
    public const string TooManyRows = "NET007";

    /// <summary>A heap index points outside its heap.</summary>
    public const string BadHeapIndex = "NET008";

    /// <summary>A custom attribute blob or constructor signature could not be decoded.</summary>
    public const string BadCustomAttribute = "NET009";

    /// <summary>A manifest resource lies outside the file.</summary>
    public const string BadResource = "NET010";

    /// <summary>A method body is unreadable or truncated (read on demand by <see cref="DotNetFile.GetMethodBody"/>).</summary>
    public const string BadMethodBody = "NET011";

    /// <summary>A reader failed unexpectedly; the part it was reading is missing (a bug to report).</summary>
    public const string InternalError = "NET900";
}
