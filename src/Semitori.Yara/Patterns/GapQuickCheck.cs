using System.Buffers.Binary;

namespace Semitori.Yara.Patterns;

/// <summary>
/// The checks of an atom hit of a hex-like pattern that need no object but this value and the
/// data (<see cref="GapMatcher.QuickCheckFor"/>), all necessary for a match with the atom at the
/// hit: a masked word of <see cref="WordLength"/> run bytes starting <see cref="WordDelta"/> bytes
/// before the hit; when <see cref="NextSpan"/> &gt; 0, a word with <c>(w &amp; NextMask) == NextValue</c>
/// starting in [hit + NextOffset, + NextSpan) (the next run's first bytes after its gap); when
/// <see cref="PrevSpan"/> &gt; 0, a word with <c>(w &amp; PrevMask) == PrevValue</c> starting in
/// [hit − PrevOffset, + PrevSpan) (the previous run's last bytes before the gap).
/// </summary>
internal readonly record struct GapQuickCheck(int WordDelta, int WordLength, ulong WordValue, ulong WordMask)
{
    /// <summary>Gaps up to this many positions get a byte search; wider ones would pass almost always.</summary>
    public const int MaxSpan = 48;

    public int NextOffset { get; init; }

    public int NextSpan { get; init; }

    public uint NextValue { get; init; }

    public uint NextMask { get; init; }

    public int PrevOffset { get; init; }

    public int PrevSpan { get; init; }

    public uint PrevValue { get; init; }

    public uint PrevMask { get; init; }

    /// <summary>False when the run bytes around the hit at <paramref name="position"/>, or the neighbouring runs' bytes, rule the hit out.</summary>
    public bool Admits(ReadOnlySpan<byte> data, int position)
    {
        int start = position - WordDelta;
        if (start < 0 || start > data.Length - WordLength || !WordAt(data, start))
        {
            return false;
        }

        return (NextSpan == 0 || Contains(data, position + NextOffset, NextSpan, NextValue, NextMask))
            && (PrevSpan == 0 || Contains(data, position - PrevOffset, PrevSpan, PrevValue, PrevMask));
    }

    /// <summary>
    /// Whether a word w with <c>(w &amp; mask) == value</c> starts somewhere in [from, from + span)
    /// (bytes past the data read as absent, so a word that does not fit never matches).
    /// </summary>
    private static bool Contains(ReadOnlySpan<byte> data, int from, int span, uint value, uint mask)
    {
        int to = Math.Min(from + span, data.Length);
        from = Math.Max(from, 0);
        if ((mask & 0xFF) == 0xFF)
        {
            // Jump between occurrences of the first byte with a vectorised search.
            byte first = (byte)value;
            while (from < to)
            {
                int found = data[from..to].IndexOf(first);
                if (found < 0)
                {
                    return false;
                }

                from += found;
                if (MaskedWordAt(data, from, value, mask))
                {
                    return true;
                }

                from++;
            }

            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (MaskedWordAt(data, i, value, mask))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MaskedWordAt(ReadOnlySpan<byte> data, int at, uint value, uint mask)
    {
        if (at + 4 <= data.Length)
        {
            return (BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) & mask) == value;
        }

        for (int i = 0; i < 4; i++)
        {
            uint m = (mask >> (8 * i)) & 0xFF;
            if (m != 0 && (at + i >= data.Length || (data[at + i] & m) != ((value >> (8 * i)) & 0xFF)))
            {
                return false;
            }
        }

        return true;
    }

    private bool WordAt(ReadOnlySpan<byte> data, int start) => (DataWord.Read(data, start, WordLength) & WordMask) == WordValue;
}
