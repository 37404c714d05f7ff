using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Profile;

/// <summary>
/// Everything the knowledge base holds about one intrusion set, gathered for display or JSON output:
/// the set itself (names with sources, claims, inferences), people and organisations, campaigns and
/// events, software, techniques, targets and the sources cited anywhere in the profile.
/// </summary>
public sealed record ActorProfile
{
    public required IntrusionSetRecord Actor { get; init; }
    public IReadOnlyList<PersonRecord> People { get; init; } = [];
    public IReadOnlyList<OrganisationRecord> Organisations { get; init; } = [];
    public IReadOnlyList<CampaignRecord> Campaigns { get; init; } = [];
    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];
    public IReadOnlyList<SoftwareRecord> Software { get; init; } = [];
    public IReadOnlyList<TechniqueRecord> Techniques { get; init; } = [];
    /// <summary>Targeted countries (ISO alpha-2) from the set's targets and its campaigns.</summary>
    public IReadOnlyList<string> TargetCountries { get; init; } = [];
    /// <summary>Targeted sector keys from the set's targets and its campaigns.</summary>
    public IReadOnlyList<string> TargetSectors { get; init; } = [];
    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];

    public static ActorProfile Build(KnowledgeBase kb, IntrusionSetRecord actor)
    {
        var people = kb.People.Where(p => p.MemberOf == actor.Id).ToList();
        var organisations = people.SelectMany(p => p.Affiliations).Distinct().Select(kb.Organisation).OfType<OrganisationRecord>().ToList();
        var campaigns = kb.Campaigns.Where(c => c.Actor == actor.Id).OrderBy(c => c.FirstSeen?.Start ?? "", StringComparer.Ordinal).ToList();
        var software = actor.Software.Select(kb.SoftwareById).OfType<SoftwareRecord>().ToList();
        var techniques = actor.Techniques.Select(kb.Technique).OfType<TechniqueRecord>().ToList();
        var countries = actor.Targets.Select(t => t.Country).OfType<string>().Concat(campaigns.SelectMany(c => c.Countries)).Distinct().ToList();
        var sectors = actor.Targets.SelectMany(t => t.Sectors).Concat(campaigns.SelectMany(c => c.Sectors)).Distinct().ToList();

        IEnumerable<string> cited = actor.DescriptionSources
            .Concat(actor.Aliases.SelectMany(a => a.Sources)).Concat(actor.Claims.SelectMany(c => c.Values.SelectMany(v => v.Sources)))
            .Concat(actor.Targets.SelectMany(t => t.Sources)).Concat(people.SelectMany(p => p.Sources))
            .Concat(organisations.SelectMany(o => o.Sources)).Concat(campaigns.SelectMany(c => c.Sources)).Concat(kb.Events.SelectMany(e => e.Sources))
            .Concat(software.SelectMany(s => s.Sources)).Concat(techniques.SelectMany(t => t.Sources));
        var sources = cited.Distinct(StringComparer.Ordinal).Select(kb.Source).OfType<SourceRecord>().OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

        return new ActorProfile
        {
            Actor = actor,
            People = people,
            Organisations = organisations,
            Campaigns = campaigns,
            Events = kb.Events,
            Software = software,
            Techniques = techniques,
            TargetCountries = countries,
            TargetSectors = sectors,
            Sources = sources,
        };
    }
}
