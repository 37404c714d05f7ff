namespace Semitori.Intel.Extraction;

/// <summary>Options for <see cref="ReportExtractor"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>A name for the report (file name) recorded in the result.</summary>
    public string? Source { get; init; }

    /// <summary>The report's publication date, used to resolve 昨年/昨秋; relative dates are skipped without it.</summary>
    public DateOnly? Published { get; init; }
}
