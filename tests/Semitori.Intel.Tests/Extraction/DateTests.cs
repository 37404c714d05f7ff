using Semitori.Intel.Extraction;

namespace Semitori.Intel.Tests.Extraction;

/// <summary>Japanese and English date phrases → interval, precision and qualifier.</summary>
public class DateTests
{
    [Theory]
    [InlineData("2018年12月21日に発表", "2018-12-21", "2018-12-21", "Day", null)]
    [InlineData("２０１８年１２月２１日に発表", "2018-12-21", "2018-12-21", "Day", null)]
    [InlineData("2019年10月中旬頃から", "2019-10-11", "2019-10-20", "Dekad", "since")]
    [InlineData("2019年10月上旬", "2019-10-01", "2019-10-10", "Dekad", null)]
    [InlineData("2019年2月下旬", "2019-02-21", "2019-02-28", "Dekad", null)]
    [InlineData("2019年10月以降", "2019-10-01", "2019-10-31", "Month", "since")]
    [InlineData("2018年後半より", "2018-07-01", "2018-12-31", "HalfYear", "since")]
    [InlineData("2018年の前半", "2018-01-01", "2018-06-30", "HalfYear", null)]
    [InlineData("2019年第4四半期", "2019-10-01", "2019-12-31", "Quarter", null)]
    [InlineData("2018年秋", "2018-09-01", "2018-11-30", "Season", null)]
    [InlineData("2018年末", "2018-10-01", "2018-12-31", "Approx", null)]
    [InlineData("2018年12月末", "2018-12-21", "2018-12-31", "Approx", null)]
    [InlineData("2009年から追跡", "2009-01-01", "2009-12-31", "Year", "since")]
    [InlineData("2006年から2018年にかけて", "2006-01-01", "2018-12-31", "YearRange", null)]
    [InlineData("平成30年12月21日", "2018-12-21", "2018-12-21", "Day", null)]
    [InlineData("令和元年10月15日", "2019-10-15", "2019-10-15", "Day", null)]
    [InlineData("December 20, 2018", "2018-12-20", "2018-12-20", "Day", null)]
    [InlineData("20 December 2018", "2018-12-20", "2018-12-20", "Day", null)]
    [InlineData("on 2018-12-20 the DOJ", "2018-12-20", "2018-12-20", "Day", null)]
    [InlineData("since mid-October 2019", "2019-10-11", "2019-10-20", "Dekad", "since")]
    [InlineData("in October 2019", "2019-10-01", "2019-10-31", "Month", null)]
    [InlineData("from late 2018", "2018-10-01", "2018-12-31", "Approx", "since")]
    [InlineData("early 2020", "2020-01-01", "2020-03-31", "Approx", null)]
    [InlineData("the second half of 2018", "2018-07-01", "2018-12-31", "HalfYear", null)]
    [InlineData("Q4 2019", "2019-10-01", "2019-12-31", "Quarter", null)]
    [InlineData("between 2006 and 2018", "2006-01-01", "2018-12-31", "YearRange", null)]
    [InlineData("intrusions 2006–2018", "2006-01-01", "2018-12-31", "YearRange", null)]
    [InlineData("active since at least 2009", "2009-01-01", "2009-12-31", "Year", "since")]
    public void Reads_a_date_phrase(string text, string start, string end, string precision, string? qualifier)
    {
        ExtractedDate date = Assert.Single(TestKnowledge.Extractor.Extract(text).Dates);
        Assert.Equal((start, end, precision, qualifier), (date.Value.Start, date.Value.End, date.Value.Precision.ToString(), date.Value.Qualifier));
    }

    [Theory]
    [InlineData("version 2018 of the tool")] // a bare number without a preposition
    [InlineData("201812月に米がメンバー2人を起訴")] // malformed in the seed article's heading: no 年
    [InlineData("2019年13月")] // no such month
    [InlineData("昨日の発表")] // 昨日 is not a year
    [InlineData("hash 20181221aa")]
    public void Ignores_what_is_not_a_date(string text) =>
        Assert.Empty(TestKnowledge.Extractor.Extract(text).Dates);

    [Fact]
    public void Relative_dates_resolve_against_the_text_or_the_publication_date()
    {
        var result = TestKnowledge.Extractor.Extract("米司法省は2018年12月20日に発表した。起訴は同年12月17日に行われた。");
        Assert.Equal(["2018-12-20", "2018-12-17"], result.Dates.Select(d => d.Value.Start));

        Assert.Empty(TestKnowledge.Extractor.Extract("昨秋より攻撃").Dates);
        var withDate = TestKnowledge.Extractor.Extract("昨秋より攻撃", new ExtractionOptions { Published = new DateOnly(2020, 11, 19) });
        ExtractedDate lastAutumn = Assert.Single(withDate.Dates);
        Assert.Equal(("2019-09-01", "2019-11-30", "since"), (lastAutumn.Value.Start, lastAutumn.Value.End, lastAutumn.Value.Qualifier));
    }
}
