using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Profile;

/// <summary>Writes an <see cref="ActorProfile"/> as a readable terminal profile, every statement with its source ids.</summary>
public static class ActorProfileTextWriter
{
    public static void Write(ActorProfile profile, KnowledgeBase kb, TextWriter output)
    {
        IntrusionSetRecord actor = profile.Actor;
        output.WriteLine($"{actor.Name}{(actor.AttackId is null ? "" : $"  (ATT&CK {actor.AttackId} {actor.AttackName})")}");
        output.WriteLine(new string('=', Math.Min(78, actor.Name.Length + 24)));
        if (actor.Description is not null)
        {
            output.WriteLine(actor.Description);
            output.WriteLine($"  [{Ids(actor.DescriptionSources)}]");
        }

        Section(output, "Aliases (who uses the name, where we learnt it)");
        foreach (AliasRecord alias in actor.Aliases)
        {
            string namedBy = alias.NamedBy is null ? "" : $" — {alias.NamedBy}{(alias.NamedByInferred ? " (vendor attribution is ours)" : "")}";
            output.WriteLine($"  {alias.Name,-18}{namedBy}  [{Ids(alias.Sources)}]{(alias.Note is null ? "" : $"  note: {alias.Note}")}");
        }

        foreach (LookupName lookup in actor.LookupNames)
        {
            output.WriteLine($"  {lookup.Name,-18} — {lookup.Kind} of {lookup.Of}  [{Ids(lookup.Sources)}]");
        }

        foreach (NotedName not in actor.NotAliases)
        {
            output.WriteLine($"  not an alias: {not.Name} — {not.Note}  [{Ids(not.Sources)}]");
        }

        foreach (NotedName related in actor.RelatedClusters)
        {
            output.WriteLine($"  related cluster: {related.Name} — {related.Note}  [{Ids(related.Sources)}]");
        }

        Section(output, "Attribution");
        if (actor.OriginCountry is not null)
        {
            output.WriteLine($"  origin: {kb.Country(actor.OriginCountry.Value)?.Name ?? actor.OriginCountry.Value}  [{Ids(actor.OriginCountry.Sources)}]");
        }

        foreach (PersonRecord person in profile.People)
        {
            string handles = person.Handles.Count == 0 ? "" : $", handle {string.Join(", ", person.Handles.Select(h => $"{h.Value} [{Ids(h.Sources)}]"))}";
            output.WriteLine($"  member: {person.Name} ({string.Join(", ", person.Names)}){handles}, active {person.Active?.Text}  [{Ids(person.Sources)}]");
        }

        foreach (OrganisationRecord org in profile.Organisations)
        {
            output.WriteLine($"  {org.Kind}: {org.FullName ?? org.Name}{(org.Note is null ? "" : $" — {org.Note}")}  [{Ids(org.Sources)}]");
        }

        foreach (SourcedValue value in new[] { actor.ResourceLevel, actor.PrimaryMotivation }.OfType<SourcedValue>())
        {
            output.WriteLine($"  {(value == actor.ResourceLevel ? "resource level" : "motivation")}: {value.Value}{(value.Inferred ? $" (inference: {value.Basis})" : "")}  [{Ids(value.Sources)}]");
        }

        if (actor.Claims.Count > 0)
        {
            Section(output, "Conflicting claims (kept side by side)");
            foreach (Claim claim in actor.Claims)
            {
                output.WriteLine($"  {claim.Property}:{(claim.Note is null ? "" : $" ({claim.Note})")}");
                foreach (ClaimValue value in claim.Values)
                {
                    output.WriteLine($"    - {value.DisplayValue}: {value.Statement}  [{Ids(value.Sources)}]");
                }
            }
        }

        Section(output, "Timeline");
        var timeline = profile.Campaigns.Where(c => c.FirstSeen is not null)
            .Select(c => (Start: c.FirstSeen!.Start, Line: $"  {When(c.FirstSeen, c.LastSeen),-42} campaign: {c.Name}  [{Ids(c.Sources)}]"))
            .Concat(profile.Events.Select(e => (Start: e.Date.Start, Line: $"  {e.Date.Text,-42} {e.Text}  [{Ids(e.Sources)}]")))
            .OrderBy(x => x.Start, StringComparer.Ordinal);
        foreach ((_, string line) in timeline)
        {
            output.WriteLine(line);
        }

        Section(output, $"Software ({profile.Software.Count})");
        foreach (SoftwareRecord software in profile.Software)
        {
            string aliases = software.Aliases.Count == 0 ? "" : $" ({string.Join(", ", software.Aliases)})";
            output.WriteLine($"  {software.AttackId ?? "-",-6} {software.Kind,-8} {software.Name}{aliases}");
        }

        Section(output, $"Techniques ({profile.Techniques.Count}, ATT&CK v18)");
        foreach (TechniqueRecord technique in profile.Techniques)
        {
            output.WriteLine($"  {technique.Id,-10} {technique.Name}");
        }

        foreach (RevokedTechnique revoked in kb.RevokedTechniques)
        {
            output.WriteLine($"  (revoked {revoked.Id} {revoked.Name} → use {revoked.ReplacedBy})");
        }

        Section(output, "Targets");
        output.WriteLine("  countries: " + string.Join(", ", profile.TargetCountries.Select(c => $"{kb.Country(c)?.Name ?? c} ({c})")));
        output.WriteLine("  sectors:   " + string.Join(", ", profile.TargetSectors.Select(s => kb.Sector(s)?.Name ?? s)));

        Section(output, $"Sources ({profile.Sources.Count})");
        foreach (SourceRecord source in profile.Sources)
        {
            output.WriteLine($"  [{source.Id}] {source.Publisher}: {source.Title}{(source.Published is null ? "" : $" ({source.Published})")}{(source.Url is null ? "" : $"\n      {source.Url}")}");
        }
    }

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
    }

    private static string When(FuzzyDate first, FuzzyDate? last) => last is null ? $"{first.Text} →" : $"{first.Text} → {last.Text}";

    private static string Ids(IReadOnlyList<string> ids) => string.Join(", ", ids);
}
