namespace Semitori.Yara.Tests.Differential;

/// <summary>
/// What a scan reported, in a form both tools produce: per (file, namespace, rule), the set of
/// (offset, string id) matches. Built from yara's "-s -e" output or from Semitori's results.
/// </summary>
internal sealed class MatchSet
{
    public Dictionary<(string File, string Rule), SortedSet<string>> Items { get; } = [];

    public static MatchSet FromYaraOutput(string stdout)
    {
        var set = new MatchSet();
        SortedSet<string>? current = null;
        foreach (string line in stdout.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("0x", StringComparison.Ordinal))
            {
                int colon = line.IndexOf(':');
                int second = line.IndexOf(':', colon + 1);
                string id = second > colon ? line[(colon + 1)..second] : line[(colon + 1)..];
                current?.Add($"{Convert.ToInt64(line[2..colon], 16)}:{id}");
                continue;
            }

            int space = line.IndexOf(' ');
            string rule = line[..space];
            string file = System.IO.Path.GetFileName(line[(space + 1)..]);
            current = set.Items[(file, rule)] = [];
        }

        return set;
    }

    public void Add(string file, RuleMatch rule)
    {
        var strings = new SortedSet<string>();
        foreach (StringMatches s in rule.Strings)
        {
            foreach (Scanning.StringMatch m in s.Matches)
            {
                strings.Add($"{m.Offset}:{s.Identifier}");
            }
        }

        Items[(System.IO.Path.GetFileName(file), $"{rule.Namespace}:{rule.Rule}")] = strings;
    }

    /// <summary>Scans every file of a folder with Semitori and collects the matches.</summary>
    public static MatchSet FromScan(YaraScanner scanner, string dir)
    {
        var set = new MatchSet();
        foreach (string file in Directory.GetFiles(dir))
        {
            foreach (RuleMatch r in scanner.ScanFile(file).Matching)
            {
                set.Add(file, r);
            }
        }

        return set;
    }

    /// <summary>Writes a one-line summary and the first differences; returns the differences.</summary>
    public static List<string> Compare(MatchSet reference, MatchSet ours, string label, Action<string> write)
    {
        List<string> diffs = Diff(reference, ours);
        write($"{label}: yara {reference.Items.Count} rule matches / {reference.Items.Values.Sum(v => v.Count)} string matches; {diffs.Count} differences");
        foreach (string d in diffs.Take(40))
        {
            write(d);
        }

        return diffs;
    }

    /// <summary>Lists the differences, reference first; empty when both agree.</summary>
    public static List<string> Diff(MatchSet reference, MatchSet ours)
    {
        var diffs = new List<string>();
        foreach (var (key, strings) in reference.Items)
        {
            if (!ours.Items.TryGetValue(key, out SortedSet<string>? mine))
            {
                diffs.Add($"only yara matched {key.Rule} on {key.File}");
            }
            else if (!strings.SetEquals(mine))
            {
                diffs.Add($"{key.Rule} on {key.File}: yara-only [{string.Join(" ", strings.Except(mine).Take(6))}] semitori-only [{string.Join(" ", mine.Except(strings).Take(6))}]");
            }
        }

        foreach (var key in ours.Items.Keys.Where(k => !reference.Items.ContainsKey(k)))
        {
            diffs.Add($"only semitori matched {key.Rule} on {key.File}");
        }

        return diffs;
    }
}
