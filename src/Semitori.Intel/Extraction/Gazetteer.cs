using System.Text.RegularExpressions;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Longest-match lookup of the knowledge base's names (actors and aliases, people, organisations,
/// software) and of the gazetteer (countries with Japanese news forms, sectors) in width-folded text.
/// Matching a known list, as OpenCTI does, and never guessing names, keeps the entities explainable.
/// </summary>
internal sealed partial class Gazetteer
{
    // Characters that may sit next to a single-kanji abbreviation to make a compound (日米, 米英, 米中).
    private const string CompoundPartners = "日米英中韓台独仏露豪印伊加欧朝";
    // Characters after an abbreviation that make it a state or national modifier (米司法省, 米国, 英政府, 米半導体大手, 米が).
    private const string AbbreviationFollowers = "国司政当軍企半大側系紙誌がは";

    private readonly IReadOnlyList<GazetteerEntry> _entries;

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries) => _entries = entries;

    public static Gazetteer FromKnowledge(KnowledgeBase kb)
    {
        var entries = new List<GazetteerEntry>();
        foreach (IntrusionSetRecord actor in kb.IntrusionSets)
        {
            foreach (string name in KnowledgeBase.NamesOf(actor))
            {
                AddName(entries, name, EntityKind.IntrusionSet, actor.Id, actor.Name);
            }
        }

        foreach (PersonRecord person in kb.People)
        {
            foreach (string name in person.Names.Prepend(person.Name).Concat(person.Handles.Select(h => h.Value)))
            {
                AddName(entries, name, EntityKind.Person, person.Id, person.Name);
            }
        }

        foreach (OrganisationRecord org in kb.Organisations)
        {
            IEnumerable<string> names = org.Names.Prepend(org.Name);
            if (org.FullName is not null)
            {
                names = names.Append(org.FullName);
            }

            foreach (string name in names)
            {
                AddName(entries, name, EntityKind.Organisation, org.Id, org.Name, org.Kind);
            }
        }

        foreach (SoftwareRecord software in kb.Software.Where(s => s.MatchInText))
        {
            EntityKind kind = software.Kind == "malware" ? EntityKind.Malware : EntityKind.Tool;
            foreach (string name in software.Aliases.Prepend(software.Name))
            {
                AddName(entries, name, kind, software.Id, software.Name, versionAllowed: true);
            }
        }

        foreach (CountryRecord country in kb.Countries)
        {
            foreach (string name in country.Names.Concat(country.NamesJa))
            {
                AddName(entries, name, EntityKind.Country, country.Iso2, country.Name);
            }

            foreach (string abbreviation in country.AbbreviationsJa)
            {
                entries.Add(new GazetteerEntry(abbreviation, EntityKind.Country, country.Iso2, country.Name, MatchRule.KanjiAbbreviation, true));
            }
        }

        foreach (SectorRecord sector in kb.Sectors)
        {
            foreach (string cue in sector.Cues.Concat(sector.CuesJa))
            {
                AddName(entries, cue, EntityKind.Sector, sector.Key, sector.Name);
            }
        }

        return new Gazetteer(entries.DistinctBy(e => (e.Surface, e.Kind, e.Id)).ToList());
    }

    private static void AddName(List<GazetteerEntry> entries, string name, EntityKind kind, string id, string canonical, string? orgKind = null, bool versionAllowed = false)
    {
        MatchRule rule = RuleFor(name, versionAllowed);
        bool caseSensitive = IsAcronym(name);
        entries.Add(new GazetteerEntry(name, kind, id, canonical, rule, caseSensitive, orgKind));
        // "Stone Panda" is also written "StonePanda" (the seed article does).
        if (rule is MatchRule.Latin or MatchRule.LatinWithVersion && name.Contains(' ', StringComparison.Ordinal) && kind != EntityKind.Sector)
        {
            entries.Add(new GazetteerEntry(name.Replace(" ", "", StringComparison.Ordinal), kind, id, canonical, rule, caseSensitive, orgKind));
        }
    }

    private static MatchRule RuleFor(string name, bool versionAllowed)
    {
        if (name.All(c => c < 0x80))
        {
            return versionAllowed ? MatchRule.LatinWithVersion : MatchRule.Latin;
        }

        return name.All(IsKatakana) ? MatchRule.Katakana : MatchRule.Kanji;
    }

    // Short all-capital names (US, UK, DOJ, MSP, MSS) are matched case-sensitively: "us" is a pronoun.
    private static bool IsAcronym(string name)
    {
        string letters = new(name.Where(char.IsLetter).ToArray());
        return letters.Length is > 0 and <= 5 && letters.All(char.IsUpper) && name.All(c => c < 0x80);
    }

    public static bool IsKatakana(char c) => c is >= '\u30A0' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F';

    private static bool IsAsciiAlnum(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>All matches in <paramref name="folded"/>, longest first within each entity kind, without overlaps within a kind.</summary>
    public IReadOnlyList<GazetteerHit> Match(string folded)
    {
        string lower = folded.ToLowerInvariant();
        var hits = new List<GazetteerHit>();
        foreach (GazetteerEntry entry in _entries)
        {
            string haystack = entry.CaseSensitive ? folded : lower;
            string needle = entry.CaseSensitive ? entry.Surface : entry.Surface.ToLowerInvariant();
            for (int at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                if (Accept(folded, entry, at, out string? version))
                {
                    hits.Add(new GazetteerHit(entry, at, entry.Surface.Length, version));
                }
            }
        }

        var kept = new List<GazetteerHit>();
        foreach (IGrouping<EntityKind, GazetteerHit> group in hits.GroupBy(h => h.Entry.Kind))
        {
            // Longest match wins within a kind; the occupancy map keeps this linear in the text length.
            var occupied = new bool[folded.Length];
            foreach (GazetteerHit hit in group.OrderByDescending(h => h.Length).ThenBy(h => h.Start))
            {
                if (Array.IndexOf(occupied, true, hit.Start, hit.Length) < 0)
                {
                    Array.Fill(occupied, true, hit.Start, hit.Length);
                    kept.Add(hit);
                }
            }
        }

        return kept.OrderBy(h => h.Start).ThenBy(h => h.Entry.Kind).ToList();
    }

    private static bool Accept(string text, GazetteerEntry entry, int at, out string? version)
    {
        version = null;
        int end = at + entry.Surface.Length;
        char before = at > 0 ? text[at - 1] : ' ';
        char after = end < text.Length ? text[end] : ' ';
        switch (entry.Rule)
        {
            case MatchRule.Latin:
                return !IsAsciiAlnum(before) && !IsAsciiAlnum(after) && before != '-' && !(after == '-' && end + 1 < text.Length && IsAsciiAlnum(text[end + 1]) && !FollowedByAdjectiveSuffix(text, end));
            case MatchRule.LatinWithVersion:
                if (IsAsciiAlnum(before))
                {
                    return false;
                }

                Match v = VersionSuffix().Match(text, end);
                if (v.Success && v.Index == end)
                {
                    version = v.Groups[1].Value;
                    return true;
                }

                return !IsAsciiAlnum(after);
            case MatchRule.Katakana:
                return !IsKatakana(before) && !IsKatakana(after);
            case MatchRule.KanjiAbbreviation:
                if ("北南中欧".Contains(before, StringComparison.Ordinal) && entry.Surface == "米")
                {
                    return false; // 北米/南米/中米/欧米 are regions, not the United States
                }

                return CompoundPartners.Contains(before, StringComparison.Ordinal)
                    || CompoundPartners.Contains(after, StringComparison.Ordinal)
                    || AbbreviationFollowers.Contains(after, StringComparison.Ordinal);
            default:
                // 中国地方 is the Chūgoku region of Japan, not China.
                return !(entry.Kind == EntityKind.Country && entry.Surface == "中国" && text.AsSpan(end).StartsWith("地方"));
        }
    }

    // "China-based", "Japan-linked" still name the country.
    private static bool FollowedByAdjectiveSuffix(string text, int end) =>
        AdjectiveSuffix().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"\G\s?v?(\d+(?:\.\d+){1,3})(?![0-9.])", RegexOptions.IgnoreCase)]
    private static partial Regex VersionSuffix();

    [GeneratedRegex(@"^-(based|linked|related|nexus|sponsored|backed|affiliated)", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveSuffix();
}
