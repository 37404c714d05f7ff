using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>The calendar conventions shared by the Japanese and English date readers.</summary>
internal static class DateIntervals
{
    public static bool IsPlausibleYear(int year) => year is >= 1950 and <= 2100;

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>上旬/early = days 1–10, 中旬/mid = 11–20, 下旬/late = 21–end of month.</summary>
    public static (DateOnly Start, DateOnly End) Dekad(int year, int month, int part) => part switch
    {
        0 => (new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
        1 => (new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
        _ => (new DateOnly(year, month, 21), MonthEnd(year, month)),
    };

    public static (DateOnly Start, DateOnly End) Quarter(int year, int quarter) =>
        (new DateOnly(year, (quarter * 3) - 2, 1), MonthEnd(year, quarter * 3));

    public static (DateOnly Start, DateOnly End) Half(int year, bool second) =>
        second ? (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)) : (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));

    /// <summary>Japanese seasons: 春 Mar–May, 夏 Jun–Aug, 秋 Sep–Nov, 冬 Dec–Feb of the next year.</summary>
    public static (DateOnly Start, DateOnly End) Season(int year, char season) => season switch
    {
        '春' => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        '夏' => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        '秋' => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        _ => (new DateOnly(year, 12, 1), MonthEnd(year + 1, 2)),
    };

    public static FuzzyDate Year(string text, int year, string? qualifier, bool approximate) =>
        FuzzyDate.Interval(text, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, qualifier, approximate);

    public static FuzzyDate YearRange(string text, int from, int to, bool approximate) =>
        FuzzyDate.Interval(text, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), DatePrecision.YearRange, null, approximate);
}
