namespace Semitori.Hunting.Reports.Html;

/// <summary>Presentation choices of <see cref="HtmlReportWriter"/>.</summary>
public sealed record HtmlReportOptions
{
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>Show Japanese labels beside the English section titles and verdict (概要, 検知結果, …).</summary>
    public bool JapaneseLabels { get; init; } = true;

    /// <summary>Title of the page; the verdict is appended.</summary>
    public string Title { get; init; } = "Semitori scan report";
}
