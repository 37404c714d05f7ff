namespace Semitori.Hunting.Iocs;

/// <summary>
/// Stable codes of the IOC-list loader's diagnostics (listed in docs/iocs.md). A bad line never
/// stops a load: it is reported with its position and left out, the rest of the file is used.
/// </summary>
public static class IocDiagnosticCodes
{
    /// <summary>A file in an IOC folder whose name carries no kind word (hash, filename, c2); skipped (info).</summary>
    public const string UnknownFileKind = "IO001";

    /// <summary>An IOC file could not be read (error).</summary>
    public const string UnreadableFile = "IO002";

    /// <summary>An IOC file is larger than <see cref="IocLimits.MaxFileBytes"/>; skipped (error).</summary>
    public const string FileTooLarge = "IO003";

    /// <summary>A line is longer than <see cref="IocLimits.MaxLineLength"/>; skipped (error).</summary>
    public const string LineTooLong = "IO004";

    /// <summary>More entries than <see cref="IocLimits.MaxEntriesPerFile"/> in one file; the rest is ignored (error).</summary>
    public const string TooManyEntries = "IO005";

    /// <summary>Hash line: the first field is not 32, 40 or 64 hex digits (error).</summary>
    public const string InvalidHash = "IO010";

    /// <summary>Hash line without a description; accepted (warning).</summary>
    public const string MissingDescription = "IO011";

    /// <summary>The same hash listed again in one file; matches report the first entry (info).</summary>
    public const string DuplicateHash = "IO012";

    /// <summary>File-name line without a score field (error; Loki would silently reuse the previous line's score).</summary>
    public const string MissingScore = "IO020";

    /// <summary>A score field that is not an integer in -100..100 (error).</summary>
    public const string InvalidScore = "IO021";

    /// <summary>File-name line whose regex does not compile (error).</summary>
    public const string InvalidRegex = "IO022";

    /// <summary>File-name line whose false-positive regex does not compile (error; the line is left out rather than run unfiltered).</summary>
    public const string InvalidFalsePositiveRegex = "IO023";

    /// <summary>File-name line with more than three <c>;</c>-separated fields (error).</summary>
    public const string TooManyFields = "IO024";

    /// <summary>C2 line that is neither a host name nor an IPv4/IPv6 address (error).</summary>
    public const string InvalidHost = "IO030";

    /// <summary>C2 entry that cannot be looked for in file content (CIDR range, shorter than 4 characters); skipped (warning).</summary>
    public const string UnmatchableC2 = "IO031";
}
