using System.Text.RegularExpressions;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Text;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Groups a report's targeting statements into campaigns. A campaign starts at a "since" date or a year
/// range whose clause (or the clause right after it) talks about a campaign, attacks or tracking
/// ("2019年10月中旬頃から…攻撃キャンペーン", "tracked since 2009"). Starts in the same month merge, keeping the
/// most precise phrase. Sentences without a date continue the campaign of the sentence before them in the
/// same paragraph; a dated sentence that starts nothing ends it. A sentence that names a campaign but has
/// no usable date ("17の地域…大規模な攻撃キャンペーン") joins the latest campaign reported by the same organisation.
/// </summary>
internal static partial class CampaignAssembler
{
    private sealed class Draft
    {
        public required FuzzyDate Start { get; set; }
        public List<string> Reporters { get; } = [];
        public string? Actor { get; set; }
        public List<string> Countries { get; } = [];
        public List<CampaignSector> Sectors { get; } = [];
        public List<StatedCount> Counts { get; } = [];
        public List<int> Sentences { get; } = [];
    }

    public static IReadOnlyList<ExtractedCampaign> Assemble(
        IReadOnlyList<TextSentence> sentences, IReadOnlyList<ExtractedDate> dates, IReadOnlyList<ExtractedEntity> entities, string folded)
    {
        // Indexed once: per-sentence scans of all entities would be quadratic on long inputs.
        ILookup<int, ExtractedEntity> bySentence = entities.ToLookup(e => e.Sentence);
        ILookup<int, ExtractedDate> datesBySentence = dates.ToLookup(d => d.Sentence);
        var drafts = new List<Draft>();
        var floating = new List<TextSentence>();
        Draft? current = null;
        int paragraph = -1;
        string? lastReporter = null;
        string? singleActor = entities.Where(e => e.Kind == EntityKind.IntrusionSet).Select(e => e.Id).Distinct().Count() == 1
            ? entities.First(e => e.Kind == EntityKind.IntrusionSet).Id : null;

        foreach (TextSentence sentence in sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                current = null;
                lastReporter = null;
            }

            List<string> reporters = ReportersIn(bySentence[sentence.Index]);
            var sentenceDates = datesBySentence[sentence.Index].ToList();
            if (sentenceDates.Count > 0)
            {
                current = null;
                foreach (ExtractedDate date in sentenceDates)
                {
                    if (StartsActivity(date.Value) && ClauseTalksActivity(sentence, date, folded))
                    {
                        current = FindOrCreate(drafts, date.Value);
                        foreach (string reporter in reporters.Count > 0 ? reporters : lastReporter is null ? [] : [lastReporter])
                        {
                            AddOnce(current.Reporters, reporter);
                        }

                        current.Actor ??= ActorIn(bySentence[sentence.Index]) ?? singleActor;
                    }
                }
            }

            if (current is not null)
            {
                Collect(current, sentence, bySentence[sentence.Index], folded);
            }
            else if (SentenceCues.Campaign().IsMatch(sentence.Text))
            {
                floating.Add(sentence);
            }

            if (reporters.Count > 0)
            {
                lastReporter = reporters[^1];
            }
        }

        foreach (TextSentence sentence in floating)
        {
            List<string> reporters = ReportersIn(bySentence[sentence.Index]);
            Draft? match = drafts.Where(d => d.Reporters.Intersect(reporters).Any()).MaxBy(d => d.Start.Start);
            if (match is not null)
            {
                Collect(match, sentence, bySentence[sentence.Index], folded);
            }
        }

        return drafts.Select(d => new ExtractedCampaign(d.Start, d.Reporters, d.Actor, d.Countries, d.Sectors, d.Counts, d.Sentences.Order().ToList())).ToList();
    }

    private static bool StartsActivity(FuzzyDate date) => date.Qualifier == "since" || date.Precision == DatePrecision.YearRange;

    private static Draft FindOrCreate(List<Draft> drafts, FuzzyDate start)
    {
        static bool MonthOrFiner(FuzzyDate d) => d.Precision is DatePrecision.Day or DatePrecision.Dekad or DatePrecision.Month;
        Draft? same = drafts.FirstOrDefault(d =>
            (d.Start.Start == start.Start && d.Start.Precision == start.Precision)
            || (MonthOrFiner(d.Start) && MonthOrFiner(start) && d.Start.Start[..7] == start.Start[..7]));
        if (same is null)
        {
            same = new Draft { Start = start };
            drafts.Add(same);
        }
        else if (start.Precision < same.Start.Precision)
        {
            same.Start = start; // "mid-October 2019" is more precise than "since October 2019"
        }

        return same;
    }

    private static void Collect(Draft draft, TextSentence sentence, IEnumerable<ExtractedEntity> sentenceEntities, string folded)
    {
        AddOnce(draft.Sentences, sentence.Index);
        foreach (ExtractedEntity entity in sentenceEntities)
        {
            if (entity.Kind == EntityKind.Country && entity.Role == "target")
            {
                AddOnce(draft.Countries, entity.Id);
            }
            else if (entity.Kind == EntityKind.Sector && entity.Role is "target" or "primary-target")
            {
                int existing = draft.Sectors.FindIndex(s => s.Key == entity.Id);
                bool primary = entity.Role == "primary-target";
                if (existing < 0)
                {
                    draft.Sectors.Add(new CampaignSector(entity.Id, primary));
                }
                else if (primary)
                {
                    draft.Sectors[existing] = new CampaignSector(entity.Id, true);
                }
            }
        }

        // Matched within the sentence only: scanning from the sentence to the next match anywhere in the text
        // would make long reports quadratic.
        foreach (Match m in SentenceCues.StatedCount().Matches(folded.Substring(sentence.Start, sentence.Text.Length)))
        {
            string unit = m.Groups["unit"].Value is "地域" or "regions" ? "regions" : "countries";
            var count = new StatedCount(int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), unit, sentence.Index);
            if (!draft.Counts.Any(c => c.Value == count.Value && c.Unit == count.Unit))
            {
                draft.Counts.Add(count);
            }
        }
    }

    // The date's clause or the next one must carry an activity cue: "2018年後半以降、新たな活動を控えていた"
    // (refrained from activity) starts nothing, "2019年10月以降、APT10の攻撃の対象となった…" does.
    private static bool ClauseTalksActivity(TextSentence sentence, ExtractedDate date, string folded)
    {
        string text = folded.Substring(sentence.Start, sentence.Text.Length);
        List<(int Start, int End)> clauses = Clauses(text);
        int local = date.Start - sentence.Start;
        int index = clauses.FindIndex(c => local >= c.Start && local < c.End);
        if (index < 0)
        {
            return false;
        }

        for (int i = index; i <= Math.Min(index + 1, clauses.Count - 1); i++)
        {
            string clause = text[clauses[i].Start..clauses[i].End];
            if (i == index)
            {
                // The date's own words ("2019年10月中旬頃から") are not a cue.
                clause = clause.Remove(local - clauses[i].Start, Math.Min(date.Length, clauses[i].End - local));
            }

            if (SentenceCues.Activity().IsMatch(clause))
            {
                return true;
            }
        }

        return false;
    }

    // Clauses end at 、,，；; outside parentheses, so "EMEA(ヨーロッパ、中東、アフリカ)地域の企業を対象とした" stays one clause.
    private static List<(int Start, int End)> Clauses(string text)
    {
        var clauses = new List<(int, int)>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '(' or '（' or '「')
            {
                depth++;
            }
            else if (c is ')' or '）' or '」' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && (c is '、' or '，' or ';' or '；' || (c == ',' && i + 1 < text.Length && text[i + 1] == ' ')))
            {
                clauses.Add((start, i + 1));
                start = i + 1;
            }
        }

        clauses.Add((start, text.Length));
        return clauses;
    }

    private static List<string> ReportersIn(IEnumerable<ExtractedEntity> sentenceEntities) =>
        sentenceEntities.Where(e => e.Role is "reporter" or "authority" && e.Kind == EntityKind.Organisation)
            .Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();

    private static string? ActorIn(IEnumerable<ExtractedEntity> sentenceEntities) =>
        sentenceEntities.FirstOrDefault(e => e.Kind == EntityKind.IntrusionSet)?.Id;

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
