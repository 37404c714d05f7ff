using System.Buffers.Binary;
using System.Text;

namespace Semitori.Formats.DotNet;

/// <summary>A forward-only, bounds-checked cursor over a signature or attribute blob; every read is a Try.</summary>
internal ref struct BlobReader
{
    private readonly ReadOnlySpan<byte> _data;

    public BlobReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    public int Position { get; private set; }

    public readonly int Remaining => _data.Length - Position;

    public bool TryBytes(int count, out ReadOnlySpan<byte> bytes)
    {
        if (count < 0 || count > Remaining)
        {
            bytes = default;
            return false;
        }

        bytes = _data.Slice(Position, count);
        Position += count;
        return true;
    }

    public bool TryByte(out byte value)
    {
        bool ok = TryBytes(1, out ReadOnlySpan<byte> b);
        value = ok ? b[0] : (byte)0;
        return ok;
    }

    public bool TryPeek(out byte value)
    {
        value = Remaining > 0 ? _data[Position] : (byte)0;
        return Remaining > 0;
    }

    public bool TryU16(out ushort value)
    {
        bool ok = TryBytes(2, out ReadOnlySpan<byte> b);
        value = ok ? BinaryPrimitives.ReadUInt16LittleEndian(b) : (ushort)0;
        return ok;
    }

    public bool TryU32(out uint value)
    {
        bool ok = TryBytes(4, out ReadOnlySpan<byte> b);
        value = ok ? BinaryPrimitives.ReadUInt32LittleEndian(b) : 0;
        return ok;
    }

    public bool TryU64(out ulong value)
    {
        bool ok = TryBytes(8, out ReadOnlySpan<byte> b);
        value = ok ? BinaryPrimitives.ReadUInt64LittleEndian(b) : 0;
        return ok;
    }

    /// <summary>ECMA-335 II.23.2 compressed unsigned integer.</summary>
    public bool TryCompressed(out uint value)
    {
        value = 0;
        if (!TryPeek(out byte first))
        {
            return false;
        }

        int size = (first & 0x80) == 0 ? 1 : (first & 0xC0) == 0x80 ? 2 : (first & 0xE0) == 0xC0 ? 4 : 0;
        if (size == 0 || !TryBytes(size, out ReadOnlySpan<byte> b))
        {
            return false;
        }

        value = size switch
        {
            1 => b[0],
            2 => ((uint)(b[0] & 0x3F) << 8) | b[1],
            _ => ((uint)(b[0] & 0x1F) << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3],
        };
        return true;
    }

    /// <summary>SerString: 0xFF for null, else a compressed length and UTF-8 bytes.</summary>
    public bool TrySerString(out string? value)
    {
        value = null;
        if (TryPeek(out byte first) && first == 0xFF)
        {
            Position++;
            return true;
        }

        if (!TryCompressed(out uint length) || !TryBytes((int)Math.Min(length, int.MaxValue), out ReadOnlySpan<byte> text))
        {
            return false;
        }

        value = Encoding.UTF8.GetString(text);
        return true;
    }
}
