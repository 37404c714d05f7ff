namespace Semitori.Hunting.Reports.Html;

/// <summary>A reference given by the rules behind the findings (usually a URL), with how many findings cite it.</summary>
internal sealed record CitedReference(string Reference, int Findings);
