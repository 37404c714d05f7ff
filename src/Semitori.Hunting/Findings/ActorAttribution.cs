using System.Text;
using Semitori.Intel.Knowledge;

namespace Semitori.Hunting.Findings;

/// <summary>
/// Says who a finding points to, from the knowledge base. A finding that names its actor
/// (the pack's <c>actor</c> meta) gets the canonical name; a third-party rule that names an actor
/// in its rule name or description ("APT_APT10_Redleaves", "menuPass loader") is attributed by
/// that mention, and <c>Details["attribution"]</c> says so, so the analyst can judge the link.
/// Names shorter than four characters and the knowledge base's "not an alias" names are never
/// matched in text.
/// </summary>
public sealed class ActorAttribution
{
    private const int MinNameLength = 4;

    private readonly KnowledgeBase _knowledge;
    private readonly List<(string Phrase, IntrusionSetRecord Actor)> _phrases;

    public ActorAttribution(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _phrases = knowledge.IntrusionSets
            .SelectMany(actor => KnowledgeBase.NamesOf(actor).Select(name => (Phrase: Normalise(name), Actor: actor)))
            .Where(p => p.Phrase.Trim().Length >= MinNameLength)
            .DistinctBy(p => p.Phrase)
            .OrderByDescending(p => p.Phrase.Length)
            .ToList();
    }

    public Finding Attribute(Finding finding)
    {
        if (finding.Actor.Length > 0)
        {
            IntrusionSetRecord? named = _knowledge.FindActor(finding.Actor);
            return named is null || named.Name == finding.Actor ? finding : finding with { Actor = named.Name };
        }

        string text = Normalise(finding.Rule + " " + finding.Description);
        foreach ((string phrase, IntrusionSetRecord actor) in _phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                var details = new Dictionary<string, string>(finding.Details ?? new Dictionary<string, string>())
                {
                    ["attribution"] = $"the rule's name or description mentions '{phrase.Trim()}', a name of {actor.Name}",
                };
                return finding with { Actor = actor.Name, Details = details };
            }
        }

        return finding;
    }

    // Lower-case words separated by single spaces, padded, so that " apt10 " matches whole words only
    // ("Cicada3301" stays one word and never matches "cicada").
    private static string Normalise(string text)
    {
        var sb = new StringBuilder(" ");
        bool space = true;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        if (!space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
