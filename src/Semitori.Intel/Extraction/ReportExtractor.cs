using Semitori.Intel.Knowledge;
using Semitori.Intel.Text;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Turns a report (Japanese or English plain text) into an <see cref="ExtractionResult"/>: IOCs with
/// defanging undone, named entities from the knowledge base and gazetteer with their roles, dates with
/// precision, ATT&amp;CK techniques, campaigns, and knowledge-base enrichment kept apart from the report's
/// own claims. Build one per knowledge base and reuse it; it holds no per-report state.
/// </summary>
public sealed class ReportExtractor
{
    private readonly KnowledgeBase _kb;
    private readonly Gazetteer _gazetteer;
    private readonly HashSet<string> _referenceHosts;

    public ReportExtractor(KnowledgeBase kb)
    {
        _kb = kb;
        _gazetteer = Gazetteer.FromKnowledge(kb);
        // Pages of the sources the pack cites (vendors, governments, press) are references, not indicators.
        _referenceHosts = kb.Sources.Where(s => s.Url is not null)
            .Select(s => Uri.TryCreate(s.Url, UriKind.Absolute, out Uri? u) ? RegistrableSuffix(u.Host) : null)
            .OfType<string>()
            .Concat(["symantec.com", "broadcom.com", "fireeye.com", "mandiant.com", "blackberry.com", "cylance.com", "pwc.com", "pwc.co.uk",
                "justice.gov", "mofa.go.jp", "mitre.org", "jpcert.or.jp", "nisc.go.jp", "cisa.gov", "us-cert.gov", "trendmicro.com",
                "kaspersky.com", "securelist.com", "microsoft.com", "secureworks.com", "crowdstrike.com", "paloaltonetworks.com", "welivesecurity.com"])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        bool truncated = text.Length > options.MaxCharacters;
        if (truncated)
        {
            text = text[..options.MaxCharacters];
        }

        string folded = WidthFolding.Fold(text);
        IReadOnlyList<TextSentence> sentences = SentenceSplitter.Split(text);
        int[] sentenceAt = SentenceIndexByOffset(sentences, text.Length);

        int referencesFrom = sentences.FirstOrDefault(s => SentenceCues.SourcesHeading().IsMatch(s.Text))?.Index ?? int.MaxValue;
        var iocs = IocExtractor.Extract(text)
            .Select(m =>
            {
                int sentence = sentenceAt[Math.Min(m.Start, sentenceAt.Length - 1)];
                return new ExtractedIoc(m.Kind, m.Value, m.Surface, m.Defanged, IsReference(m, sentence >= referencesFrom), m.Start, m.Length, sentence);
            })
            .ToList();

        var covered = new bool[text.Length];
        foreach (ExtractedIoc ioc in iocs)
        {
            Array.Fill(covered, true, ioc.Start, ioc.Length);
        }

        bool InsideIoc(int start, int length) => length > 0 && Array.IndexOf(covered, false, start, length) < 0;
        bool[] targets = sentences.Select(s => SentenceCues.Target().IsMatch(s.Text)).ToArray();

        var dates = JapaneseDateReader.Read(folded, options.Published)
            .Concat(EnglishDateReader.Read(folded))
            .OrderBy(d => d.Start)
            .Where(d => !InsideIoc(d.Start, d.Length))
            .Select(d => new ExtractedDate(d.Value, d.Start, d.Length, sentenceAt[d.Start]))
            .ToList();

        var entities = _gazetteer.Match(folded)
            .Where(h => !InsideIoc(h.Start, h.Length))
            .Select(h =>
            {
                TextSentence sentence = sentences[sentenceAt[h.Start]];
                return new ExtractedEntity(h.Entry.Kind, h.Entry.Id, h.Entry.Name, text.Substring(h.Start, h.Length),
                    EntityRoles.RoleOf(h, folded, sentence, targets[sentence.Index]), h.Version, h.Entry.OrganisationKind, h.Start, h.Length, sentence.Index);
            })
            .ToList();

        return new ExtractionResult
        {
            Source = options.Source,
            Language = LanguageOf(text),
            Truncated = truncated,
            Title = sentences.Count > 0 ? sentences[0].Text : null,
            Sentences = sentences,
            Actors = Actors(entities),
            Entities = entities,
            Iocs = iocs,
            Dates = dates,
            Techniques = TechniqueExtractor.Extract(_kb, sentences, folded),
            Campaigns = CampaignAssembler.Assemble(sentences, dates, entities, folded),
            Inferences = Inferences(iocs, entities),
        };
    }

    private bool IsReference(IocMatch match, bool inSourcesSection)
    {
        if (match.Kind is not (IocKind.Url or IocKind.Domain))
        {
            return false;
        }

        if (inSourcesSection)
        {
            return true;
        }

        string host = match.Kind == IocKind.Url && Uri.TryCreate(match.Value, UriKind.Absolute, out Uri? uri) ? uri.Host : match.Value;
        return _referenceHosts.Contains(RegistrableSuffix(host));
    }

    // The last two labels, or three under a two-letter second level such as co.uk or go.jp.
    private static string RegistrableSuffix(string host)
    {
        string[] labels = host.ToLowerInvariant().Split('.');
        if (labels.Length >= 3 && labels[^2].Length <= 2 || labels.Length >= 3 && labels[^2] is "com" or "gov" or "org" or "net" && labels[^1].Length == 2)
        {
            return string.Join('.', labels[^3..]);
        }

        return labels.Length >= 2 ? string.Join('.', labels[^2..]) : host;
    }

    private static int[] SentenceIndexByOffset(IReadOnlyList<TextSentence> sentences, int length)
    {
        var map = new int[Math.Max(1, length)];
        int current = 0;
        for (int i = 0; i < map.Length; i++)
        {
            while (current + 1 < sentences.Count && i >= sentences[current + 1].Start)
            {
                current++;
            }

            map[i] = current;
        }

        return map;
    }

    private static string LanguageOf(string text)
    {
        int cjk = text.Count(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
        return cjk * 20 > text.Length ? "ja" : "en";
    }

    private IReadOnlyList<ActorMention> Actors(List<ExtractedEntity> entities) =>
        entities.Where(e => e.Kind == EntityKind.IntrusionSet)
            .GroupBy(e => e.Id)
            .Select(g =>
            {
                IntrusionSetRecord? actor = _kb.IntrusionSets.FirstOrDefault(a => a.Id == g.Key);
                var names = g.Select(e => e.Surface).Distinct(StringComparer.Ordinal).ToList();
                var aliases = names.Where(n => !string.Equals(NameKey.Of(n), NameKey.Of(g.First().Name), StringComparison.Ordinal)).ToList();
                return new ActorMention(g.Key, g.First().Name, actor?.AttackId, names, aliases);
            })
            .ToList();

    private IReadOnlyList<KnowledgeInference> Inferences(List<ExtractedIoc> iocs, List<ExtractedEntity> entities)
    {
        var inferences = new List<KnowledgeInference>();
        foreach (ExtractedIoc export in iocs.Where(i => i.Kind == IocKind.PeExport))
        {
            foreach (SoftwareRecord software in _kb.Software.Where(s => s.ExportNames.Contains(export.Value, StringComparer.Ordinal)))
            {
                if (entities.Any(e => e.Id == software.Id))
                {
                    continue; // the report names the family itself
                }

                InferenceRecord? basis = software.Inferences.FirstOrDefault();
                inferences.Add(new KnowledgeInference(software.Id,
                    $"A DLL exporting {export.Value} is {software.Name}{(software.AttackId is null ? "" : $" ({software.AttackId})")}",
                    basis?.Basis ?? "the knowledge base lists this export name for the family",
                    basis?.Sources ?? software.Sources));
            }
        }

        return inferences;
    }
}
