namespace Semitori.Intel.Knowledge;

/// <summary>
/// A country in the gazetteer: ISO 3166-1 codes, English and Japanese names, and single-kanji news
/// abbreviations (米, 英) that are only recognised inside compounds.
/// </summary>
public sealed record CountryRecord
{
    public required string Iso2 { get; init; }
    public required string Iso3 { get; init; }
    public required string Numeric { get; init; }
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<string> NamesJa { get; init; } = [];
    public IReadOnlyList<string> AbbreviationsJa { get; init; } = [];
    public required string StixRegion { get; init; }
    public required string MispCountry { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];

    public string Name => Names.Count > 0 ? Names[0] : Iso2;
}
