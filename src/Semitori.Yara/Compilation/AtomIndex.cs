using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Semitori.Yara.Compilation;

/// <summary>
/// The multi-pattern prefilter: every atom (1–4 bytes) of every string variant, looked up at
/// each position of the data. An atom hit names the variants to verify and where their matches
/// may start. Case-insensitive atoms are stored in every case permutation (at most 16 for 4 letters).
/// Each position costs three independent bit tests — the four-byte atoms' filter (in L2), a
/// small one for three-byte atoms and a 64-Kbit set for two-byte atoms (both in L1) — and a
/// branch that is almost never taken.
/// </summary>
internal sealed class AtomIndex
{
    private readonly AtomEntry[]?[] _one = new AtomEntry[]?[256];

    /// <summary>Two-byte atoms as a 65,536-bit set (8 KB, stays in L1).</summary>
    private readonly ulong[] _twoBits = new ulong[1024];
    private AtomTable _two = null!;

    /// <summary>Three-byte atoms (few: the planner prefers four bytes).</summary>
    private AtomTable _three = null!;

    /// <summary>Four-byte atoms.</summary>
    private AtomTable _four = null!;

    private AtomIndex()
    {
    }

    public int AtomCount { get; private set; }

    /// <summary>Whether any 1-byte atom exists (rare): the loop skips that lookup otherwise.</summary>
    private bool _hasOne;

    /// <summary>
    /// Small rule sets (one rule, a pack of a few rules): the bytes atoms can start with, when they
    /// are few and uncommon. The search then jumps between them with one vectorised search
    /// instead of looking at every position.
    /// </summary>
    private System.Buffers.SearchValues<byte>? _starts;

    /// <summary>
    /// At most this many distinct first bytes for the vectorised jump: the runtime has a dedicated
    /// vector search for up to five values. Larger sets (even all-ASCII ones, searched with vectors
    /// too) measured slower than the word loop in the CLI on mixed text and binaries: the jump
    /// stops every few bytes in text.
    /// </summary>
    public const int MaxJumpStartBytes = 5;

    /// <summary>
    /// Builds the index. The variants' keys and entries are computed on up to
    /// <paramref name="threads"/> threads; grouping them is one sort of packed numbers.
    /// </summary>
    public static AtomIndex Build(IReadOnlyList<StringVariant> variants, int threads = 1)
    {
        var perVariant = new (ulong Key, AtomEntry Entry)[variants.Count][];
        ParallelLoop.For(variants.Count, threads, i => perVariant[i] = AtomForms.Of(variants[i]));

        // Each form as (key << PositionBits | position): sorting these numbers groups the forms by
        // length then key, and keeps each key's entries in variant order, as a stable sort would.
        var starts = new int[variants.Count + 1];
        for (int i = 0; i < variants.Count; i++)
        {
            starts[i + 1] = starts[i] + perVariant[i].Length;
        }

        int total = starts[^1];
        if (total >= 1 << PositionBits)
        {
            throw new InvalidOperationException($"more than {1 << PositionBits} atom forms");
        }

        var order = new ulong[total];
        for (int i = 0, n = 0; i < perVariant.Length; i++)
        {
            foreach ((ulong key, _) in perVariant[i])
            {
                order[n] = (key << PositionBits) | (uint)n;
                n++;
            }
        }

        Array.Sort(order);
        var index = new AtomIndex();
        var firstBytes = new HashSet<byte>();
        var groups = new List<(uint Key, int Start, int Count)>[5];
        var flat = new AtomEntry[total];
        for (int i = 0; i < total;)
        {
            ulong key = order[i] >> PositionBits;
            int start = i;
            for (; i < total && order[i] >> PositionBits == key; i++)
            {
                flat[i] = EntryAt(perVariant, starts, (int)(order[i] & PositionMask));
            }

            int length = (int)(key >> 32);
            (groups[length] ??= []).Add(((uint)key, start, i - start));
            firstBytes.Add((byte)key);
            index.AtomCount++;
        }

        foreach ((uint key, int start, int count) in groups[1] ?? [])
        {
            index._one[key] = flat[start..(start + count)];
            index._hasOne = true;
        }

        foreach ((uint key, _, _) in groups[2] ?? [])
        {
            index._twoBits[key >> 6] |= 1UL << (int)(key & 63);
        }

        index._starts = JumpStarts(firstBytes);
        index._two = Table(flat, groups[2]);
        index._three = Table(flat, groups[3]);
        index._four = Table(flat, groups[4]);
        return index;
    }

    /// <summary>The entries an atom form (1–4 bytes, exactly as it appears in data) leads to.</summary>
    internal ReadOnlySpan<AtomEntry> EntriesFor(ReadOnlySpan<byte> form)
    {
        uint key = AtomForms.Key(form);
        return form.Length switch
        {
            1 => _one[key],
            2 => _two.Find(key),
            3 => _three.Find(key),
            4 => _four.Find(key),
            _ => default,
        };
    }

    /// <summary>Bits of a sort number that hold the form's position (more forms would need tens of GB of entries).</summary>
    private const int PositionBits = 29;

    private const ulong PositionMask = (1UL << PositionBits) - 1;

    /// <summary>The entry of the form at a position of the concatenated forms (binary search for its variant).</summary>
    private static AtomEntry EntryAt((ulong Key, AtomEntry Entry)[][] perVariant, int[] starts, int position)
    {
        int v = Array.BinarySearch(starts, position);
        if (v < 0)
        {
            v = ~v - 1;
        }
        else
        {
            // Variants without forms share a start: the form belongs to the last of them.
            while (v + 1 < starts.Length && starts[v + 1] == position)
            {
                v++;
            }
        }

        return perVariant[v][position - starts[v]].Entry;
    }

    /// <summary>One length's table; the three tables share the sorted entry array, each its own slice.</summary>
    private static AtomTable Table(AtomEntry[] flat, List<(uint Key, int Start, int Count)>? groups) =>
        new(flat, groups ?? [], FilterWordsFor(groups?.Count ?? 0));

    /// <summary>
    /// One to two keys per filter word (2 of its 64 bits set per key), at most 32 Ki words (256 KB):
    /// the filter is read at every position, so it must stay in the L2 cache with the entries and
    /// data around it; a bigger, emptier one measured no faster.
    /// </summary>
    private static int FilterWordsFor(int keys) =>
        Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(keys, 1)), 8, 15);

    private static System.Buffers.SearchValues<byte>? JumpStarts(IEnumerable<byte> firstBytes)
    {
        byte[] set = firstBytes.Distinct().ToArray();
        // Zero, 0xFF and space fill binaries and text: a start set holding one of them would stop the jump everywhere.
        if (set.Length == 0 || set.Length > MaxJumpStartBytes || set.Any(b => b is 0x00 or 0xFF or 0x20))
        {
            return null;
        }

        return System.Buffers.SearchValues.Create(set);
    }

    /// <summary>
    /// Calls the verifier for every atom occurrence in <paramref name="data"/>
    /// (overlapping, in position order) within [from, to).
    /// </summary>
    public void Search(ReadOnlySpan<byte> data, int from, int to, Scanning.MatchVerifier visitor)
    {
        if (_starts is { } starts)
        {
            for (int p = from; p < to; p++)
            {
                int skip = data[p..to].IndexOfAny(starts);
                if (skip < 0)
                {
                    return;
                }

                p += skip;
                Probe(data, p, visitor);
            }

            return;
        }

        AtomTable four = _four;
        int n = data.Length;

        // Positions with 4 bytes ahead read the next four bytes as one word (most of the data).
        int i = from;
        int wordEnd = Math.Max(i, Math.Min(to, n - 3));
        if (_hasOne)
        {
            // One-byte atoms (rare): every position is probed.
            for (; i < wordEnd; i++)
            {
                Probe(data, i, visitor);
            }
        }

        ref byte d = ref MemoryMarshal.GetReference(data);
        AtomTable three = _three;
        ref ulong filter = ref MemoryMarshal.GetArrayDataReference(four.FilterWords);
        ref ulong filter3 = ref MemoryMarshal.GetArrayDataReference(three.FilterWords);
        ref ulong twoBits = ref MemoryMarshal.GetArrayDataReference(_twoBits);
        while (true)
        {
            i = NextCandidate(ref d, i, wordEnd, ref filter, four.FilterShift, ref filter3, three.FilterShift, ref twoBits);
            if (i >= wordEnd)
            {
                break;
            }

            uint word = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref d, i));
            if (((Unsafe.Add(ref twoBits, (int)((word & 0xFFFF) >> 6)) >> (int)word) & 1) != 0 && _two.FindUnfiltered(word & 0xFFFF) is { IsEmpty: false } e2)
            {
                visitor.OnHit(data, i, e2);
            }

            if (three.Find(word & 0xFFFFFF) is { IsEmpty: false } e3)
            {
                visitor.OnHit(data, i, e3);
            }

            if (four.Find(word) is { IsEmpty: false } e4)
            {
                visitor.OnHit(data, i, e4);
            }

            i++;
        }

        // The last three positions of the data: shorter atoms only.
        for (; i < to; i++)
        {
            Probe(data, i, visitor);
        }
    }

    /// <summary>
    /// The first position in [i, end) whose word may start with a two-, three- or four-byte atom. Kept apart and
    /// small so its few variables stay in registers: almost all of the time goes to this loop, and
    /// its cost is the filter load, whose latency overlaps across iterations when nothing spills.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextCandidate(ref byte d, int i, int end, ref ulong filter, int shift, ref ulong filter3, int shift3, ref ulong twoBits)
    {
        for (; i < end; i++)
        {
            uint word = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref d, i));
            ulong want = AtomTable.FilterBits(word);
            ulong four = Unsafe.Add(ref filter, (int)((word * AtomTable.FilterMultiplier) >> shift)) & want;
            uint word3 = word & 0xFFFFFF;
            ulong want3 = AtomTable.FilterBits(word3);
            ulong three = Unsafe.Add(ref filter3, (int)((word3 * AtomTable.FilterMultiplier) >> shift3)) & want3;
            ulong two = Unsafe.Add(ref twoBits, (int)((word & 0xFFFF) >> 6)) >> (int)word;
            if ((four == want) | (three == want3) | ((two & 1) != 0))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>Looks up every atom length at one position (bounds-checked: the jump search and the data's last bytes).</summary>
    private void Probe(ReadOnlySpan<byte> data, int i, Scanning.MatchVerifier visitor)
    {
        int n = data.Length;
        byte b0 = data[i];
        if (_one[b0] is { } e1)
        {
            visitor.OnHit(data, i, e1);
        }

        if (i + 1 >= n)
        {
            return;
        }

        uint k2 = (uint)(b0 | (data[i + 1] << 8));
        if ((_twoBits[k2 >> 6] & (1UL << (int)(k2 & 63))) != 0 && _two.FindUnfiltered(k2) is { IsEmpty: false } e2)
        {
            visitor.OnHit(data, i, e2);
        }

        if (i + 2 < n && _three.Find(k2 | ((uint)data[i + 2] << 16)) is { IsEmpty: false } e3)
        {
            visitor.OnHit(data, i, e3);
        }

        if (i + 3 < n && _four.Find(k2 | ((uint)data[i + 2] << 16) | ((uint)data[i + 3] << 24)) is { IsEmpty: false } e4)
        {
            visitor.OnHit(data, i, e4);
        }
    }
}
