using System.Reflection;
using System.Text.Json;

namespace Semitori.Intel.Knowledge;

/// <summary>
/// The immutable, merged knowledge pack with lookups. Load the built-in pack with <see cref="LoadBuiltIn"/>
/// (the JSON under packs/cicada/knowledge embedded in this assembly) or other documents with <see cref="FromDocuments"/>.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, SourceRecord> _sources;
    private readonly Dictionary<string, SoftwareRecord> _software;
    private readonly Dictionary<string, TechniqueRecord> _techniques;
    private readonly Dictionary<string, RevokedTechnique> _revoked;
    private readonly Dictionary<string, CountryRecord> _countries;
    private readonly Dictionary<string, SectorRecord> _sectors;
    private readonly Dictionary<string, OrganisationRecord> _organisations;
    private readonly Dictionary<string, IntrusionSetRecord> _actorsByName;

    private KnowledgeBase(IReadOnlyList<KnowledgeDocument> documents)
    {
        Sources = documents.SelectMany(d => d.Sources).ToList();
        IntrusionSets = documents.SelectMany(d => d.IntrusionSets).ToList();
        People = documents.SelectMany(d => d.People).ToList();
        Organisations = documents.SelectMany(d => d.Organisations).ToList();
        Campaigns = documents.SelectMany(d => d.Campaigns).ToList();
        Events = documents.SelectMany(d => d.Events).OrderBy(e => e.Date.Start, StringComparer.Ordinal).ToList();
        Software = documents.SelectMany(d => d.Software).ToList();
        Techniques = documents.SelectMany(d => d.Techniques).ToList();
        RevokedTechniques = documents.SelectMany(d => d.RevokedTechniques).ToList();
        Countries = documents.SelectMany(d => d.Countries).ToList();
        Sectors = documents.SelectMany(d => d.Sectors).ToList();
        TechniqueCues = documents.SelectMany(d => d.TechniqueCues).ToList();

        _sources = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _software = Software.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _techniques = Techniques.Concat(documents.SelectMany(d => d.ExtraTechniques))
            .GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _revoked = RevokedTechniques.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _countries = Countries.ToDictionary(c => c.Iso2, StringComparer.Ordinal);
        _sectors = Sectors.ToDictionary(s => s.Key, StringComparer.Ordinal);
        _organisations = Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _actorsByName = new Dictionary<string, IntrusionSetRecord>(StringComparer.Ordinal);
        foreach (IntrusionSetRecord actor in IntrusionSets)
        {
            foreach (string name in NamesOf(actor))
            {
                _actorsByName.TryAdd(NameKey.Of(name), actor);
            }
        }
    }

    public IReadOnlyList<SourceRecord> Sources { get; }
    public IReadOnlyList<IntrusionSetRecord> IntrusionSets { get; }
    public IReadOnlyList<PersonRecord> People { get; }
    public IReadOnlyList<OrganisationRecord> Organisations { get; }
    public IReadOnlyList<CampaignRecord> Campaigns { get; }
    public IReadOnlyList<TimelineEvent> Events { get; }
    public IReadOnlyList<SoftwareRecord> Software { get; }
    /// <summary>Techniques mapped to groups in the pack (G0045's 46 for APT10).</summary>
    public IReadOnlyList<TechniqueRecord> Techniques { get; }
    public IReadOnlyList<RevokedTechnique> RevokedTechniques { get; }
    public IReadOnlyList<CountryRecord> Countries { get; }
    public IReadOnlyList<SectorRecord> Sectors { get; }
    public IReadOnlyList<TechniqueCue> TechniqueCues { get; }

    public static KnowledgeBase FromDocuments(IReadOnlyList<KnowledgeDocument> documents) => new(documents);

    /// <summary>Loads every JSON file embedded under knowledge/ (the packs/cicada/knowledge folder).</summary>
    public static KnowledgeBase LoadBuiltIn()
    {
        Assembly assembly = typeof(KnowledgeBase).Assembly;
        var documents = new List<KnowledgeDocument>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("knowledge/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            documents.Add(JsonSerializer.Deserialize<KnowledgeDocument>(stream, KnowledgeJson.Options)
                ?? throw new InvalidDataException($"knowledge resource '{name}' is empty"));
        }

        return new KnowledgeBase(documents);
    }

    /// <summary>Every name an actor answers to: its name, aliases, ATT&amp;CK name and lookup forms.</summary>
    public static IEnumerable<string> NamesOf(IntrusionSetRecord actor)
    {
        yield return actor.Name;
        if (actor.AttackName is not null)
        {
            yield return actor.AttackName;
        }

        if (actor.AttackId is not null)
        {
            yield return actor.AttackId;
        }

        foreach (AliasRecord alias in actor.Aliases)
        {
            yield return alias.Name;
        }

        foreach (LookupName lookup in actor.LookupNames)
        {
            yield return lookup.Name;
        }
    }

    /// <summary>Finds an intrusion set by any of its names, in any case, spacing or width.</summary>
    public IntrusionSetRecord? FindActor(string query) =>
        _actorsByName.TryGetValue(NameKey.Of(query), out IntrusionSetRecord? actor) ? actor : null;

    public SourceRecord? Source(string id) => _sources.GetValueOrDefault(id);
    public SoftwareRecord? SoftwareById(string id) => _software.GetValueOrDefault(id);
    public TechniqueRecord? Technique(string id) => _techniques.GetValueOrDefault(id);
    public RevokedTechnique? Revoked(string id) => _revoked.GetValueOrDefault(id);
    public CountryRecord? Country(string iso2) => _countries.GetValueOrDefault(iso2);
    public SectorRecord? Sector(string key) => _sectors.GetValueOrDefault(key);
    public OrganisationRecord? Organisation(string id) => _organisations.GetValueOrDefault(id);
    public PersonRecord? Person(string id) => People.FirstOrDefault(p => p.Id == id);

    /// <summary>Source ids referenced by the pack that no source record defines (the pack's own consistency check).</summary>
    public IReadOnlyList<string> UnresolvedSourceIds()
    {
        IEnumerable<IReadOnlyList<string>> lists =
            IntrusionSets.SelectMany(a => new[] { a.DescriptionSources }
                .Concat(a.Aliases.Select(x => x.Sources)).Concat(a.LookupNames.Select(x => x.Sources))
                .Concat(a.NotAliases.Select(x => x.Sources)).Concat(a.RelatedClusters.Select(x => x.Sources))
                .Concat(a.Claims.SelectMany(c => c.Values.Select(v => v.Sources)))
                .Concat(a.Targets.Select(t => t.Sources))
                .Concat(new[] { a.OriginCountry?.Sources ?? [], a.Goals?.Sources ?? [], a.ResourceLevel?.Sources ?? [], a.PrimaryMotivation?.Sources ?? [] }))
            .Concat(People.Select(p => p.Sources)).Concat(People.SelectMany(p => p.Handles.Select(h => h.Sources)))
            .Concat(Organisations.Select(o => o.Sources)).Concat(Campaigns.Select(c => c.Sources))
            .Concat(Campaigns.Select(c => c.CountriesSources))
            .Concat(Events.Select(e => e.Sources)).Concat(Software.Select(s => s.Sources))
            .Concat(Software.SelectMany(s => s.Inferences.Select(i => i.Sources)))
            .Concat(_techniques.Values.Select(t => t.Sources)).Concat(RevokedTechniques.Select(r => r.Sources))
            .Concat(Countries.Select(c => c.Sources)).Concat(Sectors.Select(s => s.Sources)).Concat(TechniqueCues.Select(t => t.Sources));
        return lists.SelectMany(l => l).Where(id => !_sources.ContainsKey(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
