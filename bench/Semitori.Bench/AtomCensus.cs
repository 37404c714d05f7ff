using Semitori.Yara;
using Semitori.Yara.Compilation;

/// <summary>Which atoms cost the most on a data set: occurrences × the variants each one leads to.</summary>
internal static class AtomCensus
{
    public static void Print(CompiledRules rules, IEnumerable<byte[]> targets, int top)
    {
        var entries = new Dictionary<string, (int Count, string Example)>();
        foreach (StringVariant v in rules.Variants)
        {
            foreach (var a in v.Atoms)
            {
                string key = Convert.ToHexString(a.Bytes);
                entries[key] = (entries.GetValueOrDefault(key).Count + 1, entries.GetValueOrDefault(key).Example ?? rules.Rules[v.Owner.RuleIndex].Name + ":" + v.Owner.Identifier);
            }
        }

        var hits = new Dictionary<string, long>();
        foreach (byte[] data in targets)
        {
            for (int i = 0; i + 4 <= data.Length; i++)
            {
                for (int len = 2; len <= 4; len++)
                {
                    string key = Convert.ToHexString(data, i, len);
                    if (entries.ContainsKey(key))
                    {
                        hits[key] = hits.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        foreach (var (key, n) in hits.OrderByDescending(h => h.Value * entries[h.Key].Count).Take(top))
        {
            Console.WriteLine($"  atom {key,-8} hits {n,9} x entries {entries[key].Count,4}  e.g. {entries[key].Example}");
        }
    }
}
