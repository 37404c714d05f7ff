using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Reports.Html;

/// <summary>Names and CSS class suffixes of the finding levels, so that every section colours a level alike.</summary>
internal static class LevelStyle
{
    public static string Key(FindingLevel level) => level switch
    {
        FindingLevel.Alert => "alert",
        FindingLevel.Warning => "warning",
        FindingLevel.Notice => "notice",
        _ => "info",
    };

    public static string Japanese(FindingLevel level) => level switch
    {
        FindingLevel.Alert => "アラート",
        FindingLevel.Warning => "警告",
        FindingLevel.Notice => "注意",
        _ => "情報",
    };

    public static void Badge(HtmlMarkup html, FindingLevel level) => html.Element("span", "badge badge-" + Key(level), Key(level));
}
