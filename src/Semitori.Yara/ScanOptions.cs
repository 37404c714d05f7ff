namespace Semitori.Yara;

/// <summary>Settings of one <see cref="YaraScanner"/>.</summary>
public sealed class ScanOptions
{
    /// <summary>libyara's YR_MAX_STRING_MATCHES: matches kept per string; beyond it the string is marked truncated.</summary>
    public const int DefaultMaxMatchesPerString = 1_000_000;

    /// <summary>Time budget per scanned file; null means none.</summary>
    public TimeSpan? Timeout { get; init; }

    public int MaxMatchesPerString { get; init; } = DefaultMaxMatchesPerString;

    /// <summary>yara -f: keep only the first match of each string (counts and offsets become partial).</summary>
    public bool FastMode { get; init; }

    /// <summary>Bytes of matched data copied into results per match (yara prints the match data).</summary>
    public int MaxMatchDataLength { get; init; } = 512;

    /// <summary>
    /// Measure time per rule condition, string verification and module load into
    /// <see cref="YaraScanner.Profile"/> (yara --profile). Costs a clock read per verification.
    /// </summary>
    public bool Profile { get; init; }

    /// <summary>Also report rules that did not match (yara -n), with their strings empty.</summary>
    public bool IncludeNonMatching { get; init; }
}
