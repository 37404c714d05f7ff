using Semitori.Intel.Text;

namespace Semitori.Intel.Extraction;

/// <summary>Decides the role of a gazetteer hit from its kind, its neighbours and its sentence.</summary>
internal static class EntityRoles
{
    public static string RoleOf(GazetteerHit hit, string folded, TextSentence sentence, bool sentenceTargets)
    {
        GazetteerEntry entry = hit.Entry;
        switch (entry.Kind)
        {
            case EntityKind.IntrusionSet:
                return "actor";
            case EntityKind.Person:
                return "person";
            case EntityKind.Organisation:
                return entry.OrganisationKind switch
                {
                    // Reporting vendors are the source of claims, never their subject or target.
                    "vendor" => "reporter",
                    "authority" => "authority",
                    "state-body" => "sponsor",
                    _ => "affiliated",
                };
            case EntityKind.Malware or EntityKind.Tool:
                return "used";
            case EntityKind.Country:
                return CountryRole(hit, folded, sentenceTargets);
            default:
                return SectorRole(hit, sentence, sentenceTargets);
        }
    }

    private static string CountryRole(GazetteerHit hit, string folded, bool sentenceTargets)
    {
        if (hit.Entry.Rule == MatchRule.KanjiAbbreviation)
        {
            return "mention"; // 米 in 米司法省 or 米半導体大手 qualifies something else
        }

        ReadOnlySpan<char> after = folded.AsSpan(hit.End, Math.Min(24, folded.Length - hit.End));
        string next = after.ToString();
        if (SentenceCues.AuthorityAfter().IsMatch(next))
        {
            return "authority";
        }

        if (SentenceCues.OriginAfter().IsMatch(next))
        {
            return "origin";
        }

        return sentenceTargets ? "target" : "mention";
    }

    private static string SectorRole(GazetteerHit hit, TextSentence sentence, bool sentenceTargets)
    {
        if (!sentenceTargets)
        {
            return "mention";
        }

        int local = hit.Start - sentence.Start;
        // 25 characters either side: enough for "自動車産業がこの攻撃の主要な" and "automotive industry was the main".
        int from = Math.Max(0, local - 25);
        int to = Math.Min(sentence.Text.Length, local + hit.Length + 25);
        return SentenceCues.Primary().IsMatch(sentence.Text[from..to]) ? "primary-target" : "target";
    }
}
