using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>
/// The readable view of an <see cref="ExtractionResult"/>: one section per kind of finding, each item
/// followed by the sentence it came from (shortened), knowledge-base enrichment in its own section.
/// </summary>
public static class ExtractionTextWriter
{
    private const int SentenceWidth = 100;

    public static void Write(ExtractionResult result, KnowledgeBase kb, TextWriter output)
    {
        output.WriteLine($"{result.Source ?? "report"} ({result.Language}, {result.Sentences.Count} sentences)");
        if (result.Title is not null)
        {
            output.WriteLine($"  {Shorten(result.Title)}");
        }

        Section(output, "Actors");
        foreach (ActorMention actor in result.Actors)
        {
            output.WriteLine($"  {actor.Name}{(actor.AttackId is null ? "" : $" ({actor.AttackId})")}; aliases in text: {(actor.AliasesInText.Count == 0 ? "none" : string.Join(", ", actor.AliasesInText))}");
        }

        Entities(output, result, "People and organisations", e => e.Kind is EntityKind.Person or EntityKind.Organisation, e => $"{e.Name} — {e.Role}");
        Entities(output, result, "Software", e => e.Kind is EntityKind.Malware or EntityKind.Tool, e => $"{e.Name}{(e.Version is null ? "" : $" {e.Version}")} ({e.Kind.ToString().ToLowerInvariant()})");
        Entities(output, result, "Countries", e => e.Kind == EntityKind.Country, e => $"{e.Name} ({e.Id}, 「{e.Surface}」) — {e.Role}");
        Entities(output, result, "Sectors", e => e.Kind == EntityKind.Sector, e => $"{kb.Sector(e.Id)?.Name ?? e.Id} (「{e.Surface}」) — {e.Role}");

        Section(output, "Campaigns");
        foreach (ExtractedCampaign campaign in result.Campaigns)
        {
            output.WriteLine($"  from {campaign.Start.Text} = {campaign.Start.Normalized} ({Kebab(campaign.Start.Precision.ToString())}{(campaign.Start.Approximate ? ", approximate" : "")})"
                + (campaign.Reporters.Count > 0 ? $", reported by {string.Join(", ", campaign.Reporters)}" : ""));
            output.WriteLine($"      countries: {(campaign.Countries.Count == 0 ? "-" : string.Join(", ", campaign.Countries))}");
            output.WriteLine($"      sectors:   {(campaign.Sectors.Count == 0 ? "-" : string.Join(", ", campaign.Sectors.Select(s => s.Primary ? s.Key + " (primary)" : s.Key)))}");
            foreach (StatedCount count in campaign.StatedCounts)
            {
                output.WriteLine($"      stated:    {count.Value} {count.Unit}");
            }

            output.WriteLine($"      sentences: {string.Join(", ", campaign.Sentences.Select(s => "s" + s))}");
        }

        Section(output, "Dates");
        foreach (ExtractedDate date in result.Dates)
        {
            output.WriteLine($"  {date.Value.Text,-24} {date.Value.Normalized,-24} {Kebab(date.Value.Precision.ToString())}{(date.Value.Qualifier is null ? "" : ", " + date.Value.Qualifier)}{(date.Value.Approximate ? ", approximate" : "")}");
            Evidence(output, result, date.Sentence);
        }

        Section(output, "ATT&CK techniques");
        foreach (ExtractedTechnique technique in result.Techniques)
        {
            output.WriteLine($"  {technique.Id} {technique.Name}{(technique.RevokedId is null ? "" : $" (text said {technique.RevokedId}, revoked)")} — cues: {string.Join(", ", technique.Evidence.Select(e => e.Cue).Distinct())}");
            foreach (int sentence in technique.Evidence.Select(e => e.Sentence).Distinct())
            {
                Evidence(output, result, sentence);
            }
        }

        Section(output, "Indicators");
        foreach (ExtractedIoc ioc in result.Indicators)
        {
            output.WriteLine($"  {Kebab(ioc.Kind.ToString()),-12} {ioc.Value}{(ioc.Defanged ? $"   (written {ioc.Surface})" : "")}");
            Evidence(output, result, ioc.Sentence);
        }

        Section(output, "References (cited sources, not indicators)");
        foreach (string reference in result.References)
        {
            output.WriteLine($"  {reference}");
        }

        if (result.Inferences.Count > 0)
        {
            Section(output, "Knowledge-base enrichment (not stated by the report)");
            foreach (KnowledgeInference inference in result.Inferences)
            {
                output.WriteLine($"  {inference.Statement} — {inference.Basis} [{string.Join(", ", inference.Sources)}]");
            }
        }
    }

    private static void Entities(TextWriter output, ExtractionResult result, string title, Func<ExtractedEntity, bool> filter, Func<ExtractedEntity, string> describe)
    {
        Section(output, title);
        foreach (IGrouping<string, ExtractedEntity> group in result.Entities.Where(filter).GroupBy(describe))
        {
            output.WriteLine($"  {group.Key}   [{string.Join(", ", group.Select(e => "s" + e.Sentence).Distinct())}]");
        }
    }

    private static void Evidence(TextWriter output, ExtractionResult result, int sentence) =>
        output.WriteLine($"      s{sentence}: {Shorten(result.Sentences[sentence].Text)}");

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
    }

    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static string Shorten(string text) => text.Length <= SentenceWidth ? text : text[..(SentenceWidth - 1)] + "…";
}
