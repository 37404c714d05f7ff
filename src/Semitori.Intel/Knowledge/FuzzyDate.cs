using System.Text.Json.Serialization;

namespace Semitori.Intel.Knowledge;

/// <summary>
/// A date as a source gave it: the phrase, the interval it denotes (ISO dates, inclusive) and its
/// precision. <see cref="Qualifier"/> keeps "since"/"until" so that an open-ended start is not read as an event.
/// </summary>
public sealed record FuzzyDate
{
    /// <summary>The phrase as written ("2019年10月中旬", "late 2018").</summary>
    public required string Text { get; init; }

    /// <summary>First day of the interval, yyyy-MM-dd.</summary>
    public required string Start { get; init; }

    /// <summary>Last day of the interval, yyyy-MM-dd; null when open-ended.</summary>
    public string? End { get; init; }

    public required DatePrecision Precision { get; init; }

    /// <summary>"since" or "until" when the source said so; null for a plain date.</summary>
    public string? Qualifier { get; init; }

    /// <summary>True when the source hedged (頃, about, around).</summary>
    public bool Approximate { get; init; }

    /// <summary>A compact normal form: 2018-12-21, 2019-10, 2009, 2006/2018, or start/end for other intervals.</summary>
    [JsonIgnore]
    public string Normalized => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start[..7],
        DatePrecision.Year => Start[..4],
        DatePrecision.YearRange => $"{Start[..4]}/{(End ?? "..")[..Math.Min(4, (End ?? "..").Length)]}",
        _ => $"{Start}/{End ?? ".."}",
    };

    public static FuzzyDate Interval(string text, DateOnly start, DateOnly? end, DatePrecision precision, string? qualifier = null, bool approximate = false) => new()
    {
        Text = text,
        Start = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        End = end?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Precision = precision,
        Qualifier = qualifier,
        Approximate = approximate,
    };

    /// <summary>The start as a date (the pack and the extractor only write valid ISO dates).</summary>
    [JsonIgnore]
    public DateOnly StartDate => DateOnly.ParseExact(Start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [JsonIgnore]
    public DateOnly? EndDate => End is null ? null : DateOnly.ParseExact(End, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
