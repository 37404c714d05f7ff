namespace Semitori.Intel.Knowledge;

/// <summary>How precisely a source stated a date. Kept next to the interval so that "mid-October 2019"
/// is never turned into a false day.</summary>
public enum DatePrecision
{
    /// <summary>A single calendar day (2018年12月21日, December 20, 2018).</summary>
    Day,
    /// <summary>A third of a month: 上旬 1–10, 中旬 11–20, 下旬 21–end; early/mid/late in English.</summary>
    Dekad,
    /// <summary>A calendar month (2019年10月, October 2019).</summary>
    Month,
    /// <summary>A calendar quarter (2019年第4四半期, Q4 2019).</summary>
    Quarter,
    /// <summary>Half a year (2018年後半, second half of 2018).</summary>
    HalfYear,
    /// <summary>A season by the Japanese convention (秋 = September–November).</summary>
    Season,
    /// <summary>A calendar year (2009).</summary>
    Year,
    /// <summary>A range of years (2006年から2018年, between 2006 and 2018).</summary>
    YearRange,
    /// <summary>A loose phrase whose interval is a convention (late 2018, 2018年末).</summary>
    Approx,
}
