using System.Numerics;

namespace Semitori.Yara.Patterns;

/// <summary>
/// An immutable set of byte values (256 bits). Every byte-consuming element of a pattern — a
/// literal, a class, a hex nibble mask, a <c>~</c> negation, <c>.</c> — is one of these, so the
/// matchers need a single membership test.
/// </summary>
internal readonly struct ByteSet : IEquatable<ByteSet>
{
    private readonly ulong _w0, _w1, _w2, _w3;

    public ByteSet(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        _w0 = w0; _w1 = w1; _w2 = w2; _w3 = w3;
    }

    public static ByteSet Empty => default;

    public static ByteSet All => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>YARA's <c>\w</c>: ASCII letters, digits and underscore.</summary>
    public static ByteSet Word { get; } = Range((byte)'a', (byte)'z').Union(Range((byte)'A', (byte)'Z'))
        .Union(Range((byte)'0', (byte)'9')).Union(Single((byte)'_'));

    /// <summary>YARA's <c>\s</c>: space, \t, \n, \v, \f, \r (the corpus checks all six).</summary>
    public static ByteSet Space { get; } = Single((byte)' ').Union(Range(0x09, 0x0D));

    public static ByteSet Digit { get; } = Range((byte)'0', (byte)'9');

    public static ByteSet Single(byte b) => Empty.With(b);

    public static ByteSet Range(byte lo, byte hi)
    {
        var set = Empty;
        for (int b = lo; b <= hi; b++)
        {
            set = set.With((byte)b);
        }

        return set;
    }

    /// <summary>Bytes <c>b</c> with <c>(b &amp; mask) == (value &amp; mask)</c> (hex nibble wildcards).</summary>
    public static ByteSet Masked(byte value, byte mask)
    {
        // Every byte is the fixed bits plus one subset of the free bits: 2^free members, not 256 tests.
        int free = ~mask & 0xFF;
        int fixedBits = value & mask;
        var set = Empty;
        for (int sub = free; ; sub = (sub - 1) & free)
        {
            set = set.With((byte)(fixedBits | sub));
            if (sub == 0)
            {
                return set;
            }
        }
    }

    public bool Contains(byte b) => ((GetWord(b >> 6) >> (b & 63)) & 1) != 0;

    public ByteSet With(byte b)
    {
        ulong bit = 1UL << (b & 63);
        return (b >> 6) switch
        {
            0 => new ByteSet(_w0 | bit, _w1, _w2, _w3),
            1 => new ByteSet(_w0, _w1 | bit, _w2, _w3),
            2 => new ByteSet(_w0, _w1, _w2 | bit, _w3),
            _ => new ByteSet(_w0, _w1, _w2, _w3 | bit),
        };
    }

    public ByteSet Union(ByteSet o) => new(_w0 | o._w0, _w1 | o._w1, _w2 | o._w2, _w3 | o._w3);

    public ByteSet Complement() => new(~_w0, ~_w1, ~_w2, ~_w3);

    public int Count =>
        BitOperations.PopCount(_w0) + BitOperations.PopCount(_w1) +
        BitOperations.PopCount(_w2) + BitOperations.PopCount(_w3);

    public bool IsAll => (_w0 & _w1 & _w2 & _w3) == ulong.MaxValue;

    public bool IsEmpty => (_w0 | _w1 | _w2 | _w3) == 0;

    public bool TryGetSingle(out byte value)
    {
        value = 0;
        if (Count != 1)
        {
            return false;
        }

        for (int i = 0; i < 4; i++)
        {
            ulong w = GetWord(i);
            if (w != 0)
            {
                value = (byte)((i << 6) + BitOperations.TrailingZeroCount(w));
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the other case of every ASCII letter in the set. YARA's nocase only folds ASCII letters
    /// (libyara <c>yr_lowercase</c>/<c>yr_altercase</c> tables), never bytes ≥ 0x80.
    /// </summary>
    public ByteSet CaseFolded()
    {
        var set = this;
        for (int c = 'a'; c <= 'z'; c++)
        {
            if (Contains((byte)c) || Contains((byte)(c - 32)))
            {
                set = set.With((byte)c).With((byte)(c - 32));
            }
        }

        return set;
    }

    /// <summary>Writes the members in ascending order into <paramref name="destination"/>; returns the count.</summary>
    public int CopyTo(Span<byte> destination)
    {
        int n = 0;
        for (int b = 0; b < 256 && n < destination.Length; b++)
        {
            if (Contains((byte)b))
            {
                destination[n++] = (byte)b;
            }
        }

        return n;
    }

    internal ulong GetWord(int index) => index switch
    {
        0 => _w0,
        1 => _w1,
        2 => _w2,
        _ => _w3,
    };

    public bool Equals(ByteSet other) =>
        _w0 == other._w0 && _w1 == other._w1 && _w2 == other._w2 && _w3 == other._w3;

    public override bool Equals(object? obj) => obj is ByteSet other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3);
}
