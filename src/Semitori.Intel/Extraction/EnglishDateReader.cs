using System.Globalization;
using System.Text.RegularExpressions;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Reads English date phrases: December 20, 2018; 20 December 2018; 2018-12-20; mid-October 2019;
/// October 2019; late 2018 (early = Q1, mid = Q2–Q3, late = Q4, as approximations); first/second half of
/// 2018; Q4 2019; between 2006 and 2018; 2006–2018; and a bare year only after a preposition (in, since,
/// from, during, until, by), because a lone four-digit number is too often something else.
/// </summary>
internal static partial class EnglishDateReader
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IEnumerable<DateMatch> Read(string folded)
    {
        foreach (Match m in Pattern().Matches(folded))
        {
            FuzzyDate? value = Interpret(m);
            if (value is not null)
            {
                yield return new DateMatch(m.Index, m.Length, value);
            }
        }
    }

    private static FuzzyDate? Interpret(Match m)
    {
        string text = m.Value;
        string prefix = m.Groups["prep"].Value.ToLowerInvariant();
        string? qualifier = prefix switch
        {
            "since" or "from" or "starting in" or "beginning in" or "as early as" => "since",
            "until" or "through" or "by" => "until",
            _ => null,
        };
        bool approximate = m.Groups["about"].Success;

        if (m.Groups["y1"].Success)
        {
            int from = Int(m, "y1"), to = Int(m, "y2");
            return DateIntervals.IsPlausibleYear(from) && DateIntervals.IsPlausibleYear(to) && to > from
                ? DateIntervals.YearRange(text, from, to, approximate)
                : null;
        }

        int year = Int(m, "y");
        if (!DateIntervals.IsPlausibleYear(year))
        {
            return null;
        }

        int month = m.Groups["mon"].Success ? MonthOf(m.Groups["mon"].Value) : m.Groups["m"].Success ? Int(m, "m") : 0;
        if (month is < 0 or > 12)
        {
            return null;
        }

        if (month > 0 && m.Groups["d"].Success)
        {
            int day = Int(m, "d");
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var date = new DateOnly(year, month, day);
            return FuzzyDate.Interval(text, date, date, DatePrecision.Day, qualifier, approximate);
        }

        string part = m.Groups["part"].Value.ToLowerInvariant();
        if (month > 0)
        {
            if (part.Length > 0)
            {
                (DateOnly s, DateOnly e) = DateIntervals.Dekad(year, month, part switch { "early" => 0, "mid" => 1, _ => 2 });
                return FuzzyDate.Interval(text, s, e, DatePrecision.Dekad, qualifier, approximate);
            }

            return FuzzyDate.Interval(text, new DateOnly(year, month, 1), DateIntervals.MonthEnd(year, month), DatePrecision.Month, qualifier, approximate);
        }

        if (part.Length > 0)
        {
            (DateOnly s, DateOnly e) = part switch
            {
                "early" => DateIntervals.Quarter(year, 1),
                "mid" => (new DateOnly(year, 4, 1), new DateOnly(year, 9, 30)),
                _ => DateIntervals.Quarter(year, 4),
            };
            return FuzzyDate.Interval(text, s, e, DatePrecision.Approx, qualifier, approximate);
        }

        if (m.Groups["half"].Success)
        {
            (DateOnly s, DateOnly e) = DateIntervals.Half(year, m.Groups["half"].Value.Equals("second", StringComparison.OrdinalIgnoreCase));
            return FuzzyDate.Interval(text, s, e, DatePrecision.HalfYear, qualifier, approximate);
        }

        if (m.Groups["q"].Success)
        {
            (DateOnly s, DateOnly e) = DateIntervals.Quarter(year, Int(m, "q"));
            return FuzzyDate.Interval(text, s, e, DatePrecision.Quarter, qualifier, approximate);
        }

        return prefix.Length > 0 || m.Groups["bare"].Success ? DateIntervals.Year(text, year, qualifier, approximate) : null;
    }

    private static int MonthOf(string name) =>
        Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:(?<prep>since|from|starting in|beginning in|as early as|until|through|between|during|in|by)\s+(?:(?<about>about|around|approximately|circa)\s+|at least\s+)*)?(?:(?<y1>(?:19|20)\d{2})\s*(?:–|—|-|and|to|until|through)\s*(?<y2>(?:19|20)\d{2})(?![0-9\-])|(?<mon>" + MonthNames + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d>\d{1,2})\s+(?<mon>" + MonthNames + @")\s+(?<y>\d{4})|(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})|(?<part>early|mid|late)[-\s]+(?<mon>" + MonthNames + @")\s+(?<y>\d{4})|(?<mon>" + MonthNames + @")\s+(?<y>\d{4})|(?<part>early|mid|late)[-\s]+(?<y>(?:19|20)\d{2})|(?<half>first|second)\s+half\s+of\s+(?<y>\d{4})|Q(?<q>[1-4])\s+(?<y>\d{4})|(?<=(?:since|from|in|during|until|by|between|as early as|at least|about|around)\s+)(?<bare>)(?<y>(?:19|20)\d{2}))(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
