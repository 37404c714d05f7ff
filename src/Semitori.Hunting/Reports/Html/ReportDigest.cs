using Semitori.Hunting.Findings;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Profile;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// What the sections derive from a <see cref="ScanReport"/> and the knowledge base, computed once:
/// the ATT&amp;CK ids seen, the actors named, the references cited. Every list has a stable order
/// (count descending, then ordinal) so the page is the same bytes for the same report.
/// </summary>
internal sealed class ReportDigest
{
    private ReportDigest(ScanReport report, KnowledgeBase kb)
    {
        Report = report;
        Knowledge = kb;
        Findings = report.Files.SelectMany(f => f.Findings).ToList();

        var attack = Findings
            .SelectMany(f => f.Attack.Select(id => id.Trim().ToUpperInvariant()).Where(id => id.Length > 0).Distinct().Select(id => (Id: id, f.Path)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Count(), Files: g.Select(x => x.Path).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
        AttackIdsOmitted = Math.Max(0, attack.Count - HtmlReportLimits.MaxAttackIds);
        Attack = attack.Take(HtmlReportLimits.MaxAttackIds).Select(x => AttackCatalog.Resolve(kb, x.Key, x.Count, x.Files)).ToList();

        var named = Findings.Where(f => f.Actor.Trim().Length > 0)
            .GroupBy(f => f.Actor.Trim(), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count(), Actor: kb.FindActor(g.Key)))
            .ToList();
        UnknownActors = named.Where(n => n.Actor is null).OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => new CitedReference(n.Name, n.Count)).ToList();
        var leads = named.Where(n => n.Actor is not null)
            .GroupBy(n => n.Actor!.Id, StringComparer.Ordinal)
            .Select(g => new ActorLead(ActorProfile.Build(kb, g.First().Actor!), g.Select(n => n.Name).Order(StringComparer.Ordinal).ToList(), g.Sum(n => n.Count)))
            .OrderByDescending(l => l.Findings).ThenBy(l => l.Profile.Actor.Id, StringComparer.Ordinal)
            .ToList();
        ActorsOmitted = Math.Max(0, leads.Count - HtmlReportLimits.MaxActors);
        Actors = leads.Take(HtmlReportLimits.MaxActors).ToList();

        var references = Findings
            .SelectMany(f => f.References.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal))
            .GroupBy(r => r, StringComparer.Ordinal)
            .Select(g => new CitedReference(g.Key, g.Count()))
            .OrderByDescending(r => r.Findings).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();
        ReferencesOmitted = Math.Max(0, references.Count - HtmlReportLimits.MaxReferences);
        References = references.Take(HtmlReportLimits.MaxReferences).ToList();

        // ActorProfile.Sources leaves out the sources of the origin, motivation and resource level,
        // which the profile section cites too; they are added so that every citation has its entry.
        ProfileSources = Actors.SelectMany(a => a.Profile.Sources.Select(s => s.Id)
                .Concat(new[] { a.Profile.Actor.OriginCountry, a.Profile.Actor.PrimaryMotivation, a.Profile.Actor.ResourceLevel }.SelectMany(v => v?.Sources ?? [])))
            .Distinct(StringComparer.Ordinal).Select(kb.Source).OfType<SourceRecord>()
            .OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    public ScanReport Report { get; }
    public KnowledgeBase Knowledge { get; }
    public IReadOnlyList<Finding> Findings { get; }
    public IReadOnlyList<AttackEntry> Attack { get; }
    public int AttackIdsOmitted { get; }
    public IReadOnlyList<ActorLead> Actors { get; }
    public int ActorsOmitted { get; }
    /// <summary>Actor names used by rules that the knowledge base does not know, with their finding counts.</summary>
    public IReadOnlyList<CitedReference> UnknownActors { get; }
    public IReadOnlyList<CitedReference> References { get; }
    public int ReferencesOmitted { get; }
    /// <summary>The knowledge-base sources cited by the actor profiles shown.</summary>
    public IReadOnlyList<SourceRecord> ProfileSources { get; }

    public static ReportDigest Build(ScanReport report, KnowledgeBase kb) => new(report, kb);

    /// <summary>The level of the whole scan: the highest level of any file.</summary>
    public FindingLevel Verdict => Report.Files.Count == 0 ? FindingLevel.Info : Report.Files.Max(f => f.Level);

    /// <summary>The anchor of an ATT&amp;CK row, used by findings to link to it.</summary>
    public static string AttackAnchor(string id) => HtmlMarkup.Anchor("attack", id.Trim().ToUpperInvariant());

    public static string SourceAnchor(string id) => HtmlMarkup.Anchor("src", id);

    public static string FileAnchor(int index) => "file-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
