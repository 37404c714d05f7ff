namespace Semitori.Intel.Extraction;

/// <summary>Options for <see cref="ReportExtractor"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>A name for the report (file name) recorded in the result.</summary>
    public string? Source { get; init; }

    /// <summary>The report's publication date, used to resolve 昨年/昨秋; relative dates are skipped without it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// Characters read from a report; the rest is ignored and the result says so. Reports are pages, not
    /// gigabytes; the cap bounds what a hostile input can cost.
    /// </summary>
    public int MaxCharacters { get; init; } = DefaultMaxCharacters;

    /// <summary>The default for <see cref="MaxCharacters"/>: 2 million characters.</summary>
    public const int DefaultMaxCharacters = 2_000_000;
}
