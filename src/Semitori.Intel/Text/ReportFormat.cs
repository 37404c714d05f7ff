namespace Semitori.Intel.Text;

/// <summary>The markup of a report given to the extractor.</summary>
public enum ReportFormat
{
    /// <summary>Plain text, used as is.</summary>
    Text,
    /// <summary>Markdown: emphasis, headings and link syntax are removed, link targets kept as text.</summary>
    Markdown,
    /// <summary>HTML: tags, scripts and styles are removed and entities decoded; block elements become line breaks.</summary>
    Html,
}
