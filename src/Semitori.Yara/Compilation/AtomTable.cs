using System.Runtime.CompilerServices;

namespace Semitori.Yara.Compilation;

/// <summary>
/// Atoms (as little-endian integers) to the entries they lead to, laid out for the search loop:
/// a blocked Bloom filter (two bits of one 64-bit word per key, so one load answers "no atom
/// here" for almost every position), then an open-addressing table whose slot holds the key and
/// the range of its entries in one flat array — a lookup touches one slot and one run of entries.
/// </summary>
internal sealed class AtomTable
{
    private readonly Slot[] _slots;
    private readonly AtomEntry[] _entries;
    private readonly int _shift;
    private readonly int _mask;
    private readonly int _filterShift;

    /// <param name="entries">The entries of all keys, each key's run contiguous.</param>
    /// <param name="keys">Each key with the start and length of its run in <paramref name="entries"/>.</param>
    /// <param name="filterWords">log2 of the filter's 64-bit words: enough that each word holds a few keys.</param>
    public AtomTable(AtomEntry[] entries, IReadOnlyList<(uint Key, int Start, int Count)> keys, int filterWords)
    {
        int size = 16;
        while (size < keys.Count * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        _filterShift = 32 - filterWords;
        FilterWords = new ulong[1 << filterWords];
        foreach ((uint key, int start, int count) in keys)
        {
            int slot = SlotOf(key);
            while (_slots[slot].Count != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, start, count);
            FilterWords[FilterWord(key)] |= FilterBits(key);
        }

        _entries = entries;
    }

    /// <summary>The filter, read directly by the search loop: key k may be present when <c>(FilterWords[FilterWord(k)] &amp; FilterBits(k)) == FilterBits(k)</c>.</summary>
    public ulong[] FilterWords { get; }

    private int SlotOf(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    /// <summary>The filter word of a key is <c>(key * FilterMultiplier) &gt;&gt; FilterShift</c>.</summary>
    public const uint FilterMultiplier = 0x85EBCA6Bu;

    public int FilterShift => _filterShift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FilterWord(uint key) => (int)((key * FilterMultiplier) >> _filterShift);

    /// <summary>Two bits chosen by a second hash, independent of the word index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FilterBits(uint key)
    {
        uint h = (key ^ (key >> 15)) * 0xC2B2AE35u;
        return (1UL << (int)(h >> 26)) | (1UL << (int)(h >> 20));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<AtomEntry> Find(uint key)
    {
        ulong bits = FilterBits(key);
        return (FilterWords[FilterWord(key)] & bits) != bits ? default : FindUnfiltered(key);
    }

    /// <summary>The table lookup alone, for a key whose filter bits the caller found set. Empty when absent.</summary>
    public ReadOnlySpan<AtomEntry> FindUnfiltered(uint key)
    {
        int slot = SlotOf(key);
        while (true)
        {
            Slot s = _slots[slot];
            if (s.Count == 0)
            {
                return default;
            }

            if (s.Key == key)
            {
                return new ReadOnlySpan<AtomEntry>(_entries, s.Start, s.Count);
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(uint Key, int Start, int Count);
}
