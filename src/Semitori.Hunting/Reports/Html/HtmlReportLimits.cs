namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// How much of a report the HTML page shows. A sweep of a whole file share can flag thousands of
/// files and a rule can carry kilobytes of meta; past these caps the page says how many items it left
/// out and points to the JSON output, which has everything. Values are cut at <see cref="HtmlText.MaxValueLength"/>.
/// </summary>
public static class HtmlReportLimits
{
    /// <summary>Files given a full block (and a row in the overview); the page must still open in a browser.</summary>
    public const int MaxFiles = 1000;

    /// <summary>Findings shown per file.</summary>
    public const int MaxFindingsPerFile = 50;

    /// <summary>Evidence lines, detail rows, ATT&amp;CK ids and references shown per finding (analyzers may return more than the YARA cap of 8).</summary>
    public const int MaxLinesPerFinding = 64;

    /// <summary>Targets and rule sets listed in the summary; a scan fed a list of 100,000 paths names the first ones.</summary>
    public const int MaxListed = 100;

    /// <summary>Distinct ATT&amp;CK ids listed; a rule set that tags findings with thousands of ids still gives a readable table.</summary>
    public const int MaxAttackIds = 500;

    /// <summary>Distinct references listed under Sources, and unknown actor names listed.</summary>
    public const int MaxReferences = 500;

    /// <summary>Actors profiled; a profile is long, and findings pointing to more than this are mis-tagged.</summary>
    public const int MaxActors = 5;

    /// <summary>Scan error messages listed; a scan of a locked-down share can fail on every file.</summary>
    public const int MaxErrors = 500;
}
