using System.Globalization;
using System.Text;
using Semitori.Diagnostics;
using Semitori.Yara;
using Semitori.Yara.Scanning;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Looks for C2 host names and addresses as strings in file content — this is a file scanner, it
/// sees no connections. All entries are compiled into one rule set for the project's YARA engine
/// (one pass over the file for all of them, atoms chosen by the engine): ASCII and UTF-16LE,
/// case-insensitive, and <c>fullword</c> so that <c>effers.com</c> matches <c>a.effers.com</c>
/// but not <c>jeffers.com</c>, and <c>1.2.3.4</c> does not match inside <c>11.2.3.45</c>.
/// The engine is a builder → immutable rules → per-thread scanner design, so each scanning thread
/// gets its own scanner.
/// </summary>
public sealed class C2ContentMatcher
{
    /// <summary>Strings per generated rule, well under YARA's 10,000-per-rule limit.</summary>
    public const int MaxStringsPerRule = 4000;

    /// <summary>Matches kept per string: one is enough to report, a few show where.</summary>
    public const int MaxMatchesPerString = 4;

    private readonly IReadOnlyList<C2Ioc> _iocs;
    private readonly CompiledRules? _rules;
    private readonly ThreadLocal<YaraScanner>? _scanners;

    public C2ContentMatcher(IReadOnlyList<C2Ioc> iocs)
    {
        _iocs = iocs;
        if (iocs.Count == 0)
        {
            Diagnostics = [];
            return;
        }

        var compiler = new YaraCompiler();
        compiler.AddSource(BuildSource(iocs), "builtin:ioc-c2.yar", "ioc");
        Diagnostics = compiler.Diagnostics;
        _rules = compiler.Build();
        var options = new ScanOptions { MaxMatchesPerString = MaxMatchesPerString, MaxMatchDataLength = 128, Timeout = TimeSpan.FromSeconds(60) };
        _scanners = new ThreadLocal<YaraScanner>(() => _rules.CreateScanner(options));
    }

    /// <summary>Problems of the generated rules; empty unless an entry slipped past the parser's checks.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Entries found in <paramref name="data"/> with the offset of their first occurrence, in list order.</summary>
    public IReadOnlyList<(C2Ioc Ioc, long Offset, bool Wide)> Match(ReadOnlyMemory<byte> data)
    {
        if (_scanners is null)
        {
            return [];
        }

        ScanResult result = _scanners.Value!.Scan(data);
        var hits = new List<(int Id, long Offset, bool Wide)>();
        foreach (RuleMatch rule in result.Matching)
        {
            foreach (StringMatches s in rule.Strings)
            {
                if (s.Matches.Count == 0 || !int.TryParse(s.Identifier.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int id) || id >= _iocs.Count)
                {
                    continue;
                }

                StringMatch first = s.Matches[0];
                hits.Add((id, first.Offset, first.Data.Length > 1 && first.Data[1] == 0));
            }
        }

        hits.Sort((a, b) => a.Id.CompareTo(b.Id));
        return hits.Select(h => (_iocs[h.Id], h.Offset, h.Wide)).ToList();
    }

    private static string BuildSource(IReadOnlyList<C2Ioc> iocs)
    {
        var sb = new StringBuilder();
        for (int start = 0; start < iocs.Count; start += MaxStringsPerRule)
        {
            sb.Append(CultureInfo.InvariantCulture, $"rule c2_{start / MaxStringsPerRule}\n{{\n  strings:\n");
            for (int i = start; i < Math.Min(iocs.Count, start + MaxStringsPerRule); i++)
            {
                // Values are host names or addresses (checked by the parser): no character needs escaping.
                string modifiers = iocs[i].IsAddress ? "ascii wide fullword" : "ascii wide nocase fullword";
                sb.Append(CultureInfo.InvariantCulture, $"    $c{i} = \"{iocs[i].Value}\" {modifiers}\n");
            }

            sb.Append("  condition:\n    any of them\n}\n");
        }

        return sb.ToString();
    }
}
