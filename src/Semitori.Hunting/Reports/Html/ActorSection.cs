using System.Globalization;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Profile;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// The actors the findings point to, from <see cref="ActorProfile"/> (the same gathering as
/// <c>semitori intel show</c>): names, attribution, a timeline of campaigns and public events, targets.
/// Every statement carries its source ids, linked to the Sources section.
/// </summary>
internal static class ActorSection
{
    public static void Write(HtmlMarkup html, ReportDigest digest, HtmlReportOptions options)
    {
        html.Raw("<section>\n");
        SectionHeading.Write(html, options, "actors", "Actor profile", "攻撃者プロファイル");
        if (digest.Actors.Count == 0 && digest.UnknownActors.Count == 0)
        {
            html.Element("p", "muted", "The findings name no actor.");
        }

        foreach (ActorLead lead in digest.Actors)
        {
            WriteActor(html, digest.Knowledge, lead);
        }

        if (digest.ActorsOmitted > 0)
        {
            html.Element("p", "muted", $"… {digest.ActorsOmitted.ToString(CultureInfo.InvariantCulture)} more actors named by the findings are not profiled here.");
        }

        if (digest.UnknownActors.Count > 0)
        {
            html.Element("p", null, "Named by rules but not in the knowledge pack:");
            html.Raw("<ul>");
            foreach (CitedReference unknown in digest.UnknownActors.Take(HtmlReportLimits.MaxReferences))
            {
                html.Raw("<li>");
                html.Element("code", null, unknown.Reference);
                html.Text($" ({VerdictBanner.Plural(unknown.Findings, "finding")})");
                html.Raw("</li>");
            }

            html.Raw("</ul>\n");
        }

        html.Raw("</section>\n");
    }

    private static void WriteActor(HtmlMarkup html, KnowledgeBase kb, ActorLead lead)
    {
        ActorProfile profile = lead.Profile;
        IntrusionSetRecord actor = profile.Actor;
        html.Open("article", "actor", HtmlMarkup.Anchor("actor", actor.Id));
        html.Open("h3");
        html.Text(actor.Name);
        if (actor.AttackId is not null)
        {
            html.Raw(" <span class=\"muted\">(ATT&amp;CK ");
            html.Link($"https://attack.mitre.org/groups/{actor.AttackId}/", actor.AttackId);
            html.Text($" {actor.AttackName})");
            html.Raw("</span>");
        }

        html.Close("h3");
        html.Element("p", null, $"Named by {VerdictBanner.Plural(lead.Findings, "finding")} as {string.Join(", ", lead.NamesUsed)}.");
        if (actor.Description is not null)
        {
            html.Raw("<p>");
            html.Text(actor.Description);
            Cite(html, actor.DescriptionSources);
            html.Raw("</p>\n");
        }

        WriteAliases(html, actor);
        WriteAttribution(html, kb, profile);
        WriteTimeline(html, profile);
        html.Element("h4", null, "Targets");
        html.Element("p", null, "Countries: " + string.Join(", ", profile.TargetCountries.Select(c => $"{kb.Country(c)?.Name ?? c} ({c})")));
        html.Element("p", null, "Sectors: " + string.Join(", ", profile.TargetSectors.Select(s => kb.Sector(s)?.Name ?? s)));
        html.Element("p", null, $"Known software ({profile.Software.Count}): " + string.Join(", ", profile.Software.Select(s => s.Name)));
        html.Raw("</article>\n");
    }

    private static void WriteAliases(HtmlMarkup html, IntrusionSetRecord actor)
    {
        html.Element("h4", null, "Aliases");
        html.Raw("<table class=\"aliases\">\n<thead><tr><th>Name</th><th>Used by</th><th>Sources</th></tr></thead>\n<tbody>\n");
        foreach (AliasRecord alias in actor.Aliases)
        {
            html.Raw("<tr>");
            html.Element("td", "alias", alias.Name);
            string usedBy = alias.NamedBy is null ? "" : alias.NamedBy + (alias.NamedByInferred ? " (vendor attribution is ours)" : "");
            html.Element("td", null, alias.Note is null ? usedBy : $"{usedBy}{(usedBy.Length > 0 ? "; " : "")}{alias.Note}");
            html.Raw("<td>");
            Cite(html, alias.Sources);
            html.Raw("</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
        if (actor.LookupNames.Count > 0)
        {
            html.Element("p", "muted", "Also looked up as: " + string.Join(", ", actor.LookupNames.Select(l => $"{l.Name} ({l.Kind} of {l.Of})")));
        }

        foreach (NotedName not in actor.NotAliases)
        {
            html.Element("p", "muted", $"Not an alias: {not.Name}{(not.Note is null ? "" : " — " + not.Note)}");
        }
    }

    private static void WriteAttribution(HtmlMarkup html, KnowledgeBase kb, ActorProfile profile)
    {
        IntrusionSetRecord actor = profile.Actor;
        html.Element("h4", null, "Attribution");
        html.Raw("<ul>\n");
        if (actor.OriginCountry is not null)
        {
            Item(html, $"Origin: {kb.Country(actor.OriginCountry.Value)?.Name ?? actor.OriginCountry.Value}", actor.OriginCountry.Sources);
        }

        foreach (PersonRecord person in profile.People)
        {
            string names = person.Names.Count == 0 ? "" : $" ({string.Join(", ", person.Names)})";
            string handles = person.Handles.Count == 0 ? "" : $", handle {string.Join(", ", person.Handles.Select(h => h.Value))}";
            string active = person.Active is null ? "" : $", active {person.Active.Text}";
            Item(html, $"Member: {person.Name}{names}{handles}{active}", person.Sources);
        }

        foreach (OrganisationRecord org in profile.Organisations)
        {
            Item(html, $"{org.Kind}: {org.FullName ?? org.Name}{(org.Note is null ? "" : " — " + org.Note)}", org.Sources);
        }

        if (actor.PrimaryMotivation is not null)
        {
            Item(html, $"Motivation: {actor.PrimaryMotivation.Value}{(actor.PrimaryMotivation.Inferred ? $" (inference: {actor.PrimaryMotivation.Basis})" : "")}", actor.PrimaryMotivation.Sources);
        }

        if (actor.ResourceLevel is not null)
        {
            Item(html, $"Resource level: {actor.ResourceLevel.Value}{(actor.ResourceLevel.Inferred ? $" (inference: {actor.ResourceLevel.Basis})" : "")}", actor.ResourceLevel.Sources);
        }

        // Sources that disagree are shown side by side, as the knowledge pack keeps them.
        foreach (Claim claim in actor.Claims)
        {
            foreach (ClaimValue value in claim.Values)
            {
                Item(html, $"{claim.Property} (sources differ): {value.DisplayValue}{(value.Statement is null ? "" : " — " + value.Statement)}", value.Sources);
            }
        }

        html.Raw("</ul>\n");
    }

    private static void WriteTimeline(HtmlMarkup html, ActorProfile profile)
    {
        html.Element("h4", null, "Timeline");
        var rows = profile.Campaigns.Where(c => c.FirstSeen is not null)
            .Select(c => (Start: c.FirstSeen!.Start, When: c.LastSeen is null ? $"{c.FirstSeen!.Text} →" : $"{c.FirstSeen!.Text} → {c.LastSeen.Text}", What: $"Campaign: {c.Name}", c.Sources))
            .Concat(profile.Events.Select(e => (e.Date.Start, When: e.Date.Text, What: e.Text, e.Sources)))
            .OrderBy(r => r.Start, StringComparer.Ordinal).ThenBy(r => r.What, StringComparer.Ordinal);
        html.Raw("<table class=\"timeline\">\n<thead><tr><th>When</th><th>What</th><th>Sources</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Raw("<tr>");
            html.Element("td", null, row.When);
            html.Element("td", null, row.What);
            html.Raw("<td>");
            Cite(html, row.Sources);
            html.Raw("</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
    }

    private static void Item(HtmlMarkup html, string text, IReadOnlyList<string> sources)
    {
        html.Raw("<li>");
        html.Text(text);
        Cite(html, sources);
        html.Raw("</li>\n");
    }

    /// <summary>Source ids as links to their entries under Sources: <c>[DOJ-PR, CH-MAIN]</c>.</summary>
    private static void Cite(HtmlMarkup html, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        html.Raw(" <span class=\"refs\">[");
        for (int i = 0; i < ids.Count; i++)
        {
            html.Raw(i == 0 ? "" : ", ");
            html.LocalLink(ReportDigest.SourceAnchor(ids[i]), ids[i]);
        }

        html.Raw("]</span>");
    }
}
