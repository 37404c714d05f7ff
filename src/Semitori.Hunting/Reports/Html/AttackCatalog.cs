using System.Text.RegularExpressions;
using Semitori.Intel.Knowledge;

namespace Semitori.Hunting.Reports.Html;

/// <summary>
/// Resolves the ATT&amp;CK ids of findings (techniques T…, software S…, groups G…) to names and
/// attack.mitre.org pages. Revoked techniques keep their old name and say what replaces them,
/// because rules written before ATT&amp;CK v18 still cite T1574.002.
/// </summary>
internal static partial class AttackCatalog
{
    public static AttackEntry Resolve(KnowledgeBase kb, string id, int findings, int files)
    {
        string key = id.Trim().ToUpperInvariant();
        Match m = IdPattern().Match(key);
        if (!m.Success || (m.Groups["sub"].Success && m.Groups["kind"].Value != "T"))
        {
            return new AttackEntry(id, "unknown", null, "not an ATT&CK id", null, findings, files);
        }

        // A sub-technique's page is /techniques/T1574/001/.
        string url = m.Groups["kind"].Value switch
        {
            "T" => $"https://attack.mitre.org/techniques/T{m.Groups["num"].Value}/{(m.Groups["sub"].Success ? m.Groups["sub"].Value + "/" : "")}",
            "S" => $"https://attack.mitre.org/software/{key}/",
            _ => $"https://attack.mitre.org/groups/{key}/",
        };

        switch (m.Groups["kind"].Value)
        {
            case "T":
                if (kb.Technique(key) is { } technique)
                {
                    return new AttackEntry(key, "technique", technique.Name, null, url, findings, files);
                }

                if (kb.Revoked(key) is { } revoked)
                {
                    return new AttackEntry(key, "technique", revoked.Name, $"revoked, replaced by {revoked.ReplacedBy}", url, findings, files);
                }

                return new AttackEntry(key, "technique", null, "not in the knowledge pack", url, findings, files);
            case "S":
                SoftwareRecord? software = kb.Software.FirstOrDefault(s => string.Equals(s.AttackId, key, StringComparison.Ordinal));
                return new AttackEntry(key, "software", software?.Name, software is null ? "not in the knowledge pack" : software.Kind, url, findings, files);
            default:
                IntrusionSetRecord? group = kb.FindActor(key);
                return new AttackEntry(key, "group", group?.AttackName ?? group?.Name, group is null ? "not in the knowledge pack" : null, url, findings, files);
        }
    }

    [GeneratedRegex(@"^(?<kind>[TSG])(?<num>[0-9]{4})(\.(?<sub>[0-9]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
