using System.Globalization;
using System.Text;
using Semitori.Yara;
using Semitori.Yara.Scanning;

namespace Semitori.Hunting.Findings;

/// <summary>
/// Turns a YARA rule match into a <see cref="Finding"/>. Reads the meta keys of Semitori's pack
/// (score, attack, actor, reference*) and of signature-base (score, author, description,
/// reference); a rule without a score gets <see cref="DefaultScore"/>, as Loki does.
/// </summary>
public static class FindingFactory
{
    /// <summary>Loki's score for a YARA match whose rule states none.</summary>
    public const int DefaultScore = 75;

    /// <summary>Matched strings listed per finding; the rest are counted.</summary>
    public const int MaxEvidence = 8;

    public static Finding FromRule(string path, string source, RuleMatch rule)
    {
        string Meta(string key) => rule.Meta.FirstOrDefault(m => m.Key == key).Value?.ToString() ?? string.Empty;
        int score = rule.Meta.FirstOrDefault(m => m.Key == "score").Value switch
        {
            long l => (int)Math.Clamp(l, 0, 100),
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) => Math.Clamp(v, 0, 100),
            _ => DefaultScore,
        };
        var attack = Meta("attack").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var references = rule.Meta.Where(m => m.Key.StartsWith("reference", StringComparison.Ordinal) || m.Key == "url")
            .Select(m => m.Value.ToString() ?? string.Empty).Where(v => v.Length > 0).ToList();
        var evidence = new List<string>();
        int total = 0;
        foreach (StringMatches s in rule.Strings)
        {
            foreach (StringMatch m in s.Matches)
            {
                if (total++ < MaxEvidence)
                {
                    evidence.Add($"{s.Identifier} at 0x{m.Offset:x}: {Printable(m.Data)}");
                }
            }
        }

        if (total > MaxEvidence)
        {
            evidence.Add($"… {total - MaxEvidence} more matches");
        }

        return new Finding(path, source, rule.Rule, score, Finding.LevelOf(score), Meta("author"), Meta("description"), attack,
            Meta("actor"), references, evidence);
    }

    private static string Printable(byte[] data)
    {
        var sb = new StringBuilder();
        foreach (byte b in data.Take(64))
        {
            sb.Append(b is >= 32 and < 127 ? (char)b : '.');
        }

        return sb.ToString();
    }
}
