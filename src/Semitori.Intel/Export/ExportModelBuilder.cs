using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Export;

/// <summary>Builds the <see cref="ExportModel"/> from the knowledge base or from an extraction result.</summary>
public static class ExportModelBuilder
{
    /// <summary>
    /// The date knowledge-base exports are stamped with (the ATT&amp;CK v18.1 snapshot the pack was written
    /// from), so that exporting the same pack twice gives identical bytes.
    /// </summary>
    public static readonly DateOnly KnowledgeSnapshot = new(2025, 11, 13);

    public static ExportModel FromKnowledge(KnowledgeBase kb, IntrusionSetRecord actor)
    {
        var people = kb.People.Where(p => p.MemberOf == actor.Id).ToList();
        var affiliations = people.SelectMany(p => p.Affiliations).Distinct().Select(kb.Organisation).OfType<OrganisationRecord>();
        var parties = people.Select(p => new ExportParty(p.Id, p.Name, "member", p.Names))
            .Concat(affiliations.Select(o => new ExportParty(o.Id, o.Name, o.Kind == "state-body" ? "sponsor" : "employer", o.Names, o.PartOf, o.FullName ?? o.Note)))
            .ToList();

        var software = actor.Software.Select(kb.SoftwareById).OfType<SoftwareRecord>()
            .Select(s => new ExportSoftware(s.Id, s.Name, s.Kind, s.AttackId, null, s.Aliases, false, s.Note, s.Drops))
            .ToList();

        var techniques = actor.Techniques.Select(kb.Technique).OfType<TechniqueRecord>()
            .Select(t =>
            {
                var links = t.Sources.Select(kb.Source).OfType<SourceRecord>().Where(s => s.Url is not null)
                    .Select(s => new ExportReference(s.Publisher ?? s.Id, s.Url!, s.Title)).ToList();
                // Score by evidence: how many sources document the procedure.
                return new ExportTechnique(t.Id, t.Name, t.Sources.Count, $"{t.Procedure} (sources: {string.Join(", ", t.Sources)})", links);
            })
            .ToList();

        var campaigns = kb.Campaigns.Where(c => c.Actor == actor.Id)
            .Select(c => new ExportCampaign(c.Id, c.Name, c.FirstSeen, c.LastSeen,
                $"{c.Note ?? c.Name}{Counts(c)} Sources: {string.Join(", ", c.Sources)}.".Trim(), c.Countries, c.Sectors, c.PrimarySectors))
            .ToList();

        var indicators = software.Where(s => kb.SoftwareById(s.Id)!.ExportNames.Count > 0)
            .SelectMany(s => kb.SoftwareById(s.Id)!.ExportNames.Select(name =>
                new ExportIndicator(IocKind.PeExport, name, $"PE export characteristic of {s.Name} (inference: {kb.SoftwareById(s.Id)!.Inferences.FirstOrDefault()?.Basis ?? "knowledge pack"})", s.Id)))
            .ToList();

        Claim? firstSeen = actor.Claims.FirstOrDefault(c => c.Property == "firstSeen");
        var firstSeenDates = firstSeen?.Values.Select(v => v.AsDate()).OfType<FuzzyDate>().ToList() ?? [];
        var notes = new List<string>();
        if (firstSeen is not null)
        {
            notes.Add("first_seen is the earliest of conflicting claims: " + string.Join("; ", firstSeen.Values.Select(v => $"{v.DisplayValue} ({string.Join(", ", v.Sources)})")));
        }

        foreach (SourcedValue? value in new[] { actor.ResourceLevel, actor.PrimaryMotivation }.Where(v => v is { Inferred: true }))
        {
            notes.Add($"{value!.Value} is inferred: {value.Basis}");
        }

        return new ExportModel
        {
            Title = $"{actor.Name} ({actor.AttackName ?? actor.Name}) — Semitori knowledge pack",
            Description = actor.Description,
            Published = KnowledgeSnapshot,
            Lang = "en",
            FromReport = false,
            Actor = new ExportActor
            {
                Name = actor.Name,
                Aliases = actor.Aliases.Select(a => a.Name).Where(n => n != actor.Name).ToList(),
                AttackId = actor.AttackId,
                AttackName = actor.AttackName,
                MispGalaxy = actor.MispGalaxy,
                MispIntrusionSet = actor.MispIntrusionSet,
                Description = actor.Description,
                FirstSeen = firstSeenDates.Count > 0 ? firstSeenDates.Min(d => d.Start) : null,
                Goals = actor.Goals?.Values ?? [],
                ResourceLevel = actor.ResourceLevel?.Value,
                PrimaryMotivation = actor.PrimaryMotivation?.Value,
                InferenceNotes = notes,
            },
            Parties = parties,
            Software = software,
            Techniques = techniques,
            Campaigns = campaigns,
            OriginCountries = actor.OriginCountry is null ? [] : [actor.OriginCountry.Value],
            Indicators = indicators,
            References = kb.Sources.Where(s => s.Url is not null && s.Id is not ("ISO-3166" or "CLDR-JA" or "STIX21"))
                .Select(s => new ExportReference(s.Publisher ?? s.Id, s.Url!, s.Title)).ToList(),
            KeyDates = kb.Events,
        };
    }

    /// <summary>
    /// Builds the model for one report. Without <paramref name="published"/> the report is dated by the latest
    /// date it mentions, which keeps output deterministic; pass the real publication date when known.
    /// </summary>
    public static ExportModel FromExtraction(ExtractionResult result, KnowledgeBase kb, DateOnly? published = null)
    {
        ActorMention? mention = result.Actors.FirstOrDefault();
        IntrusionSetRecord? actor = mention is null ? null : kb.IntrusionSets.FirstOrDefault(a => a.Id == mention.Id);
        DateOnly date = published ?? (result.Dates.Count > 0 ? result.Dates.Max(d => d.Value.StartDate) : KnowledgeSnapshot);
        string Sentence(int index) => result.Sentences[index].Text;

        var references = result.References.Select(url => new ExportReference(PublisherOf(kb, url), url)).ToList();

        var parties = result.Entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Organisation)
            .GroupBy(e => e.Id)
            .Select(g =>
            {
                ExtractedEntity first = g.First();
                string role = first.Kind == EntityKind.Person ? "member" : first.Role switch
                {
                    "reporter" => "reporter",
                    "authority" => "authority",
                    "sponsor" => "sponsor",
                    _ => "employer",
                };
                OrganisationRecord? org = kb.Organisation(g.Key);
                return new ExportParty(g.Key, first.Name, role, g.Select(e => e.Surface).Distinct().ToList(), org?.PartOf, org?.FullName);
            })
            .ToList();

        var software = result.Entities.Where(e => e.Kind is EntityKind.Malware or EntityKind.Tool)
            .GroupBy(e => e.Id)
            .Select(g =>
            {
                SoftwareRecord? record = kb.SoftwareById(g.Key);
                return new ExportSoftware(g.Key, g.First().Name, g.First().Kind == EntityKind.Malware ? "malware" : "tool", record?.AttackId,
                    g.Select(e => e.Version).FirstOrDefault(v => v is not null), g.Select(e => e.Surface).Distinct().ToList(), false, null, []);
            })
            .ToList();
        foreach (KnowledgeInference inference in result.Inferences)
        {
            SoftwareRecord? record = kb.SoftwareById(inference.Subject);
            if (record is not null && software.All(s => s.Id != record.Id))
            {
                var drops = record.Drops.Where(d => software.Any(s => s.Id == d)).ToList();
                software.Add(new ExportSoftware(record.Id, record.Name, record.Kind, record.AttackId, null, [], true,
                    $"Knowledge-base inference, not stated by the report: {inference.Statement} ({inference.Basis}).", drops));
            }
        }

        var techniques = result.Techniques
            .Select(t => new ExportTechnique(t.Id, t.Name, t.Evidence.Select(e => e.Sentence).Distinct().Count(),
                string.Join(" / ", t.Evidence.Select(e => e.Sentence).Distinct().Select(Sentence))
                    + $" [cues: {string.Join(", ", t.Evidence.Select(e => e.Cue).Distinct())}]" + (t.RevokedId is null ? "" : $" [text said {t.RevokedId}, revoked]"),
                references))
            .ToList();

        var campaigns = result.Campaigns.Select((c, i) =>
        {
            string reporter = c.Reporters.Count > 0 ? $" (reported by {string.Join(", ", c.Reporters)})" : "";
            string counts = string.Concat(c.StatedCounts.Select(s => $" The report states {s.Value} {s.Unit}."));
            FuzzyDate? last = c.Start.Precision == DatePrecision.YearRange && c.Start.End is not null
                ? FuzzyDate.Interval(c.Start.Text, c.Start.EndDate!.Value, c.Start.EndDate.Value, DatePrecision.Day) : null;
            return new ExportCampaign($"{mention?.Id ?? "activity"}-{c.Start.Start}", $"{mention?.Name ?? "Activity"} activity from {c.Start.Text}{reporter}",
                c.Start, last, $"Targets named in sentences {string.Join(", ", c.Sentences)}.{counts}",
                c.Countries, c.Sectors.Select(s => s.Key).ToList(), c.Sectors.Where(s => s.Primary).Select(s => s.Key).ToList());
        }).ToList();

        var indicators = result.Indicators
            .Select(i => new ExportIndicator(i.Kind, i.Value, Sentence(i.Sentence),
                result.Inferences.FirstOrDefault(x => i.Kind == IocKind.PeExport && kb.SoftwareById(x.Subject)?.ExportNames.Contains(i.Value) == true)?.Subject))
            .ToList();

        var keyDates = result.Dates.Select(d => new TimelineEvent { Date = d.Value, Text = Sentence(d.Sentence), Sources = ["report"] }).ToList();

        return new ExportModel
        {
            Title = result.Title ?? result.Source ?? "report",
            Description = $"Extracted by Semitori from {result.Source ?? "a report"} ({result.Language}). Sources cited by the report: {string.Join(" ", result.References)}",
            Published = date,
            Lang = result.Language,
            FromReport = true,
            Actor = mention is null ? null : new ExportActor
            {
                Name = mention.Name,
                Aliases = mention.AliasesInText,
                AttackId = actor?.AttackId,
                AttackName = actor?.AttackName,
                MispGalaxy = actor?.MispGalaxy,
                MispIntrusionSet = actor?.MispIntrusionSet,
                Description = "Named in the report as " + string.Join(", ", mention.NamesInText) + ".",
                FirstSeen = null,
            },
            Parties = parties,
            Software = software,
            Techniques = techniques,
            Campaigns = campaigns,
            OriginCountries = result.EntityIds(EntityKind.Country, "origin"),
            Indicators = indicators,
            References = references,
            KeyDates = keyDates,
        };
    }

    private static string Counts(CampaignRecord c) =>
        (c.StatedRegionCount is int r ? $" Stated: {r} regions." : "") + (c.StatedCountryCount is int n ? $" Stated: at least {n} countries." : "");

    private static string PublisherOf(KnowledgeBase kb, string url)
    {
        SourceRecord? source = kb.Sources.FirstOrDefault(s => string.Equals(s.Url, url, StringComparison.OrdinalIgnoreCase));
        if (source?.Publisher is not null)
        {
            return source.Publisher;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri.Host : url;
    }
}
