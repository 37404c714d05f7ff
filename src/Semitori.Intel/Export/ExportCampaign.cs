using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Export;

/// <summary>A campaign with its window, targeted countries (ISO 3166 alpha-2) and sectors (gazetteer keys).</summary>
public sealed record ExportCampaign(
    string Key, string Name, FuzzyDate? FirstSeen, FuzzyDate? LastSeen, string Description,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Sectors, IReadOnlyList<string> PrimarySectors);
