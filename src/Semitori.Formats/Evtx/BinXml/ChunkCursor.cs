using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Semitori.Formats.Evtx.BinXml;

/// <summary>A bounds-checked position in a chunk; every read past <see cref="Limit"/> is a
/// malformed record, reported by <see cref="EvtxFormatException"/>.</summary>
internal sealed class ChunkCursor(byte[] chunk, int position, int limit)
{
    public byte[] Chunk { get; } = chunk;

    public int Position { get; set; } = position;

    public int Limit { get; } = limit;

    public bool AtEnd => Position >= Limit;

    public byte PeekByte()
    {
        Require(1);
        return Chunk[Position];
    }

    public byte U8()
    {
        Require(1);
        return Chunk[Position++];
    }

    public ushort U16()
    {
        Require(2);
        ushort v = BinaryPrimitives.ReadUInt16LittleEndian(Chunk.AsSpan(Position));
        Position += 2;
        return v;
    }

    public uint U32()
    {
        Require(4);
        uint v = BinaryPrimitives.ReadUInt32LittleEndian(Chunk.AsSpan(Position));
        Position += 4;
        return v;
    }

    public ReadOnlySpan<byte> Bytes(int count)
    {
        Require(count);
        var span = new ReadOnlySpan<byte>(Chunk, Position, count);
        Position += count;
        return span;
    }

    /// <summary>Reads <paramref name="count"/> UTF-16LE code units.</summary>
    public string Utf16(int count)
    {
        ReadOnlySpan<byte> bytes = Bytes(checked(count * 2));
        return new string(MemoryMarshal.Cast<byte, char>(bytes));
    }

    public void Skip(int count)
    {
        Require(count);
        Position += count;
    }

    private void Require(int count)
    {
        if (count < 0 || Position < 0 || Position > Limit - count)
        {
            throw new EvtxFormatException($"read of {count} bytes at chunk offset 0x{Position:X} passes the end 0x{Limit:X}");
        }
    }
}
