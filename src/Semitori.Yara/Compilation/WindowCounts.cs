namespace Semitori.Yara.Compilation;

/// <summary>
/// How many variants offer each atom window (<see cref="AtomPlanner"/>'s sharing count). The
/// table is split into one shard per thread by a hash of the key: each thread reads every offer
/// but counts only its shard's, so the counting runs in parallel without locks, and lookups
/// afterwards are read-only.
/// </summary>
internal sealed class WindowCounts
{
    private readonly Dictionary<ulong, int>[] _shards;

    private WindowCounts(Dictionary<ulong, int>[] shards) => _shards = shards;

    /// <param name="offers">Per variant, the distinct windows it offers.</param>
    public static WindowCounts Count(ulong[][] offers, int threads)
    {
        int shards = Math.Max(1, threads);
        long total = offers.Sum(o => (long)o.Length);
        var tables = new Dictionary<ulong, int>[shards];
        ParallelLoop.For(shards, threads, s =>
        {
            // Presized: regrowing through every prime left about twice the final table as
            // large-object garbage. On signature-base a third of the offers are distinct.
            var table = new Dictionary<ulong, int>((int)Math.Min(total / 3 / shards, 1 << 24));
            foreach (ulong[] keys in offers)
            {
                foreach (ulong key in keys)
                {
                    if (Shard(key, shards) == s)
                    {
                        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(table, key, out _)++;
                    }
                }
            }

            tables[s] = table;
        });

        return new WindowCounts(tables);
    }

    /// <summary>The number of variants offering <paramref name="key"/>, at least 1.</summary>
    public int Of(ulong key) => _shards[Shard(key, _shards.Length)].GetValueOrDefault(key, 1);

    private static int Shard(ulong key, int shards) =>
        shards == 1 ? 0 : (int)(((key * 0x9E3779B97F4A7C15UL) >> 40) % (ulong)shards);
}
