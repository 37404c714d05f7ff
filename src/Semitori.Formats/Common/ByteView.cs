using System.Buffers.Binary;
using System.Text;

namespace Semitori.Formats.Common;

/// <summary>
/// Bounds-checked little-endian reads over an immutable buffer. Every read of a hostile file goes
/// through here: an offset or length taken from the file is never trusted, a read either fits or
/// fails (<c>Try…</c>) or yields zero / an empty span, so no reader needs its own range arithmetic.
/// </summary>
public readonly struct ByteView
{
    private readonly ReadOnlyMemory<byte> _data;

    public ByteView(ReadOnlyMemory<byte> data) => _data = data;

    public int Length => _data.Length;

    public ReadOnlyMemory<byte> Memory => _data;

    public ReadOnlySpan<byte> Span => _data.Span;

    /// <summary>True when <paramref name="length"/> bytes starting at <paramref name="offset"/> lie inside the buffer.</summary>
    public bool Contains(long offset, long length) =>
        offset >= 0 && length >= 0 && offset <= _data.Length && length <= _data.Length - offset;

    public bool TryU8(long offset, out byte value)
    {
        value = Contains(offset, 1) ? _data.Span[(int)offset] : (byte)0;
        return Contains(offset, 1);
    }

    public bool TryU16(long offset, out ushort value)
    {
        bool ok = Contains(offset, 2);
        value = ok ? BinaryPrimitives.ReadUInt16LittleEndian(_data.Span[(int)offset..]) : (ushort)0;
        return ok;
    }

    public bool TryU32(long offset, out uint value)
    {
        bool ok = Contains(offset, 4);
        value = ok ? BinaryPrimitives.ReadUInt32LittleEndian(_data.Span[(int)offset..]) : 0u;
        return ok;
    }

    public bool TryU64(long offset, out ulong value)
    {
        bool ok = Contains(offset, 8);
        value = ok ? BinaryPrimitives.ReadUInt64LittleEndian(_data.Span[(int)offset..]) : 0ul;
        return ok;
    }

    /// <summary>Reads a byte, or 0 past the end.</summary>
    public byte U8(long offset) => TryU8(offset, out byte v) ? v : (byte)0;

    /// <summary>Reads a little-endian 16-bit value, or 0 past the end.</summary>
    public ushort U16(long offset) => TryU16(offset, out ushort v) ? v : (ushort)0;

    /// <summary>Reads a little-endian 32-bit value, or 0 past the end.</summary>
    public uint U32(long offset) => TryU32(offset, out uint v) ? v : 0u;

    /// <summary>Reads a little-endian 64-bit value, or 0 past the end.</summary>
    public ulong U64(long offset) => TryU64(offset, out ulong v) ? v : 0ul;

    /// <summary>The exact range, or false when any byte of it lies outside the buffer.</summary>
    public bool TrySlice(long offset, long length, out ReadOnlySpan<byte> slice)
    {
        if (!Contains(offset, length))
        {
            slice = default;
            return false;
        }

        slice = _data.Span.Slice((int)offset, (int)length);
        return true;
    }

    /// <summary>The part of the range that lies inside the buffer (possibly empty).</summary>
    public ReadOnlySpan<byte> SliceClamped(long offset, long length)
    {
        if (offset < 0 || offset >= _data.Length || length <= 0)
        {
            return [];
        }

        long available = _data.Length - offset;
        return _data.Span.Slice((int)offset, (int)Math.Min(available, length));
    }

    /// <summary>A sub-view of the clamped range; offsets in the result are relative to <paramref name="offset"/>.</summary>
    public ByteView SubView(long offset, long length)
    {
        if (offset < 0 || offset >= _data.Length || length <= 0)
        {
            return new ByteView(ReadOnlyMemory<byte>.Empty);
        }

        long available = _data.Length - offset;
        return new ByteView(_data.Slice((int)offset, (int)Math.Min(available, length)));
    }

    /// <summary>
    /// Bytes from <paramref name="offset"/> up to the first NUL, at most <paramref name="maxLength"/>;
    /// <paramref name="terminated"/> tells whether a NUL was found inside the limit.
    /// </summary>
    public ReadOnlySpan<byte> ReadNulTerminated(long offset, int maxLength, out bool terminated)
    {
        ReadOnlySpan<byte> window = SliceClamped(offset, maxLength);
        int nul = window.IndexOf((byte)0);
        terminated = nul >= 0;
        return nul >= 0 ? window[..nul] : window;
    }

    /// <summary>A NUL-terminated single-byte string decoded as Latin-1 so every byte survives as one char.</summary>
    public string ReadCString(long offset, int maxLength) =>
        Encoding.Latin1.GetString(ReadNulTerminated(offset, maxLength, out _));

    /// <summary>A NUL-terminated UTF-16LE string of at most <paramref name="maxChars"/> characters.</summary>
    public string ReadUtf16Z(long offset, int maxChars)
    {
        ReadOnlySpan<byte> window = SliceClamped(offset, (long)maxChars * 2);
        int chars = window.Length / 2;
        for (int i = 0; i < chars; i++)
        {
            if (window[2 * i] == 0 && window[(2 * i) + 1] == 0)
            {
                chars = i;
                break;
            }
        }

        return Encoding.Unicode.GetString(window[..(chars * 2)]);
    }
}
