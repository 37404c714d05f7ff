using Semitori.Yara;
using Semitori.Yara.Compilation;

/// <summary>How far positions get through the prefilter's stages (BENCH_GATE=1): where the search loop spends.</summary>
internal static class GateStats
{
    public static void Print(CompiledRules rules, IEnumerable<byte[]> targets)
    {
        var entries = new Dictionary<uint, List<AtomEntry>>();
        foreach (StringVariant v in rules.Variants)
        {
            foreach ((byte[] bytes, int min, int max) in v.Atoms)
            {
                if (bytes.Length == 4 && !v.NoCase)
                {
                    uint k = BitConverter.ToUInt32(bytes);
                    if (!entries.TryGetValue(k, out List<AtomEntry>? list))
                    {
                        entries[k] = list = [];
                    }

                    list.Add(AtomEntry.For(v, bytes, min, max));
                }
            }
        }

        var prefixes = new HashSet<ushort>(entries.Keys.Select(k => (ushort)k));
        long positions = 0, gate = 0, found = 0, entryCount = 0, quick = 0;
        foreach (byte[] data in targets)
        {
            for (int i = 0; i + 4 <= data.Length; i++)
            {
                positions++;
                if (!prefixes.Contains(BitConverter.ToUInt16(data, i)))
                {
                    continue;
                }

                gate++;
                if (!entries.TryGetValue(BitConverter.ToUInt32(data, i), out List<AtomEntry>? list))
                {
                    continue;
                }

                found++;
                entryCount += list.Count;
                foreach (AtomEntry e in list)
                {
                    bool pass = e.LiteralLength >= 0 ? e.QuickCheck(data, i - e.MinOffset) : e.CheckLength == 0 || e.AnchorCheck(data, i);
                    quick += pass ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"4-byte case-sensitive atoms: {entries.Count}, distinct 2-byte prefixes {prefixes.Count}");
        Console.WriteLine($"positions {positions}: gate passes {gate} ({100.0 * gate / positions:F1}%), atom found {found} ({100.0 * found / positions:F2}%), entries {entryCount}, quick check passes {quick}");
    }
}
