using System.Buffers.Binary;

namespace Semitori.Yara.Compilation;

/// <summary>
/// One (variant, start-distance range) an atom leads to, with a quick check: for a literal,
/// the first up-to-8 bytes as a masked 64-bit compare (ASCII case folded for nocase), so most
/// false hits are rejected from the entry array and the data already in cache, without
/// touching the variant object.
/// </summary>
internal readonly struct AtomEntry
{
    private AtomEntry(StringVariant variant, int minOffset, int maxOffset, ulong expected, ulong mask, ulong fold, int checkLength, int literalLength)
    {
        Variant = variant;
        MinOffset = minOffset;
        MaxOffset = maxOffset;
        Expected = expected;
        Mask = mask;
        Fold = fold;
        CheckLength = checkLength;
        LiteralLength = literalLength;
    }

    public StringVariant Variant { get; }

    public int MinOffset { get; }

    public int MaxOffset { get; }

    public ulong Expected { get; }

    public ulong Mask { get; }

    public ulong Fold { get; }

    /// <summary>Bytes covered by the quick check (0: no quick check, verify through the variant).</summary>
    public int CheckLength { get; }

    /// <summary>Length of the literal, or -1 for a pattern.</summary>
    public int LiteralLength { get; }

    public static AtomEntry For(StringVariant v, int min, int max)
    {
        if (v.Literal is not { } literal)
        {
            return new AtomEntry(v, min, max, 0, 0, 0, 0, -1);
        }

        int n = Math.Min(8, literal.Length);
        ulong expected = 0, mask = 0, fold = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = literal[i];
            if (v.NoCase && AsciiCase.IsLetter(b))
            {
                fold |= 0x20UL << (8 * i);
                b = AsciiCase.Lower(b);
            }

            expected |= (ulong)b << (8 * i);
            mask |= 0xFFUL << (8 * i);
        }

        return new AtomEntry(v, min, max, expected, mask, fold, n, literal.Length);
    }

    /// <summary>False when the literal certainly does not start at <paramref name="start"/>.</summary>
    public bool QuickCheck(ReadOnlySpan<byte> data, int start)
    {
        if (start < 0 || start > data.Length - LiteralLength)
        {
            return false;
        }

        ulong word;
        if (start + 8 <= data.Length)
        {
            word = BinaryPrimitives.ReadUInt64LittleEndian(data[start..]);
        }
        else
        {
            word = 0;
            for (int i = 0; i < CheckLength; i++)
            {
                word |= (ulong)data[start + i] << (8 * i);
            }
        }

        return ((word | Fold) & Mask) == Expected;
    }
}
