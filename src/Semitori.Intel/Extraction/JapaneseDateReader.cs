using System.Globalization;
using System.Text.RegularExpressions;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Reads Japanese date phrases from width-folded text: 2018年12月21日, 2019年10月中旬, 2018年(の)後半,
/// 2019年第4四半期, 2018年秋, 2018年末, 2006年から2018年, 平成30年12月21日 (era table, because the
/// JapaneseCalendar needs ICU), 同年12月17日 (the year of the last absolute date), and 昨年/昨秋 when the
/// report's publication date is known. 頃 marks the date approximate; から/より/以降/以来 make it a "since".
/// </summary>
internal static partial class JapaneseDateReader
{
    public static IEnumerable<DateMatch> Read(string folded, DateOnly? published)
    {
        int? lastYear = null;
        foreach (Match m in Pattern().Matches(folded))
        {
            FuzzyDate? value = Interpret(m, ref lastYear, published);
            if (value is not null)
            {
                yield return new DateMatch(m.Index, m.Length, value);
            }
        }
    }

    private static FuzzyDate? Interpret(Match m, ref int? lastYear, DateOnly? published)
    {
        string text = m.Value;
        bool approximate = m.Groups["approx"].Success || m.Groups["approx1"].Success;
        string? since = m.Groups["since"].Success ? "since" : null;
        if (m.Groups["y1"].Success)
        {
            int from = Int(m, "y1"), to = Int(m, "y2");
            if (!DateIntervals.IsPlausibleYear(from) || !DateIntervals.IsPlausibleYear(to) || to < from)
            {
                return null;
            }

            lastYear = to;
            return DateIntervals.YearRange(text, from, to, approximate);
        }

        int year;
        if (m.Groups["era"].Success)
        {
            int n = m.Groups["ey"].Value == "元" ? 1 : Int(m, "ey");
            // Era offsets: 令和 N = 2018 + N, 平成 N = 1988 + N, 昭和 N = 1925 + N.
            year = m.Groups["era"].Value switch { "令和" => 2018 + n, "平成" => 1988 + n, _ => 1925 + n };
        }
        else if (m.Groups["same"].Success)
        {
            if (lastYear is null)
            {
                return null;
            }

            year = lastYear.Value;
        }
        else if (m.Groups["last"].Success)
        {
            if (published is null)
            {
                return null; // 昨年 needs the report's date, which plain text does not give
            }

            year = published.Value.Year - 1;
        }
        else
        {
            year = Int(m, "y");
        }

        if (!DateIntervals.IsPlausibleYear(year))
        {
            return null;
        }

        if (!m.Groups["same"].Success)
        {
            lastYear = year;
        }

        if (m.Groups["m"].Success)
        {
            int month = Int(m, "m");
            if (month is < 1 or > 12)
            {
                return null;
            }

            if (m.Groups["d"].Success)
            {
                int day = Int(m, "d");
                if (day < 1 || day > DateTime.DaysInMonth(year, month))
                {
                    return null;
                }

                var date = new DateOnly(year, month, day);
                return FuzzyDate.Interval(text, date, date, DatePrecision.Day, since, approximate);
            }

            if (m.Groups["dek"].Success)
            {
                int part = m.Groups["dek"].Value switch { "上旬" or "初旬" => 0, "中旬" => 1, _ => 2 };
                (DateOnly s, DateOnly e) = DateIntervals.Dekad(year, month, part);
                return FuzzyDate.Interval(text, s, e, DatePrecision.Dekad, since, approximate);
            }

            if (m.Groups["mpart"].Success)
            {
                (DateOnly s, DateOnly e) = DateIntervals.Dekad(year, month, m.Groups["mpart"].Value == "末" ? 2 : 0);
                return FuzzyDate.Interval(text, s, e, DatePrecision.Approx, since, approximate);
            }

            return FuzzyDate.Interval(text, new DateOnly(year, month, 1), DateIntervals.MonthEnd(year, month), DatePrecision.Month, since, approximate);
        }

        if (m.Groups["half"].Success)
        {
            (DateOnly s, DateOnly e) = DateIntervals.Half(year, m.Groups["half"].Value is "後半" or "下半期");
            return FuzzyDate.Interval(text, s, e, DatePrecision.HalfYear, since, approximate);
        }

        if (m.Groups["q"].Success)
        {
            (DateOnly s, DateOnly e) = DateIntervals.Quarter(year, Int(m, "q"));
            return FuzzyDate.Interval(text, s, e, DatePrecision.Quarter, since, approximate);
        }

        if (m.Groups["season"].Success)
        {
            (DateOnly s, DateOnly e) = DateIntervals.Season(year, m.Groups["season"].Value[0]);
            return FuzzyDate.Interval(text, s, e, DatePrecision.Season, since, approximate);
        }

        if (m.Groups["yend"].Success)
        {
            bool end = m.Groups["yend"].Value is "末" or "終盤" or "暮れ";
            (DateOnly s, DateOnly e) = DateIntervals.Quarter(year, end ? 4 : 1);
            return FuzzyDate.Interval(text, s, e, DatePrecision.Approx, since, approximate);
        }

        if (m.Groups["last"].Success)
        {
            return DateIntervals.Year(text, year, since, approximate);
        }

        return DateIntervals.Year(text, year, since, approximate);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("""
        (?<![0-9])
        (?:
          (?<y1>\d{4})年(?<approx1>頃|ごろ)?(?:から|～|〜|–|-)(?:少なくとも)?(?<y2>\d{4})年(?:頃|ごろ)?(?:まで|にかけて)?
        | (?:
            (?<era>令和|平成|昭和)(?<ey>元|\d{1,2})年
          | (?<same>同年)
          | (?<last>昨年|昨(?=[春夏秋冬]))
          | (?<y>\d{4})年
          )
          の?
          (?:
            (?<m>\d{1,2})月(?:(?<d>\d{1,2})日|(?<dek>上旬|初旬|中旬|下旬)|(?<mpart>初め|初頭|末))?
          | (?<half>前半|上半期|後半|下半期)
          | 第(?<q>[1-4])四半期
          | (?<season>春|夏|秋|冬)
          | (?<yend>末|終盤|暮れ|初め|初頭)
          )?
          (?<approx>頃|ごろ)?
          (?<since>から|より|以降|以来)?
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
