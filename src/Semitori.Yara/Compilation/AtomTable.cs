namespace Semitori.Yara.Compilation;

/// <summary>
/// An open-addressing hash table from an atom's bytes (as a little-endian integer) to the
/// entries it leads to, plus a 2-Mbit Bloom-style bit filter in front, so the search loop
/// answers "no atom here" with one bit test for almost every position.
/// </summary>
internal sealed class AtomTable
{
    private const int FilterBits = 21;

    private readonly uint[] _keys;
    private readonly AtomEntry[]?[] _values;
    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];
    private readonly int _shift;
    private readonly int _mask;

    public AtomTable(IReadOnlyCollection<KeyValuePair<uint, AtomEntry[]>> items)
    {
        int size = 16;
        while (size < items.Count * 2)
        {
            size <<= 1;
        }

        _keys = new uint[size];
        _values = new AtomEntry[]?[size];
        _mask = size - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        foreach ((uint key, AtomEntry[] entries) in items)
        {
            int slot = Slot(key);
            while (_values[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = entries;
            uint f = Filter(key);
            _filter[f >> 6] |= 1UL << (int)(f & 63);
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    private static uint Filter(uint key) => (key * 0x85EBCA6Bu) >> (32 - FilterBits);

    /// <summary>Inlined into the search loop: it runs at almost half the positions of typical binaries.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public AtomEntry[]? Find(uint key)
    {
        uint f = Filter(key);
        if ((_filter[f >> 6] & (1UL << (int)(f & 63))) == 0)
        {
            return null;
        }

        int slot = Slot(key);
        while (true)
        {
            AtomEntry[]? v = _values[slot];
            if (v is null || _keys[slot] == key)
            {
                return v;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
