using System.Buffers.Binary;

namespace Semitori.Formats.Tests.Support;

/// <summary>
/// Writes a minimal PE32 by hand: headers in the first 0x200 bytes, one section ".data" mapping
/// RVA 0x1000.. to file offset 0x200 for 0x1000 bytes. Tests then plant structures at RVAs and
/// point data directories at them, to build precisely malformed files.
/// </summary>
internal sealed class PeBuilder
{
    public const int Lfanew = 0x80;
    public const uint SectionRva = 0x1000;
    public const int SectionFileOffset = 0x200;
    public const int SectionSize = 0x1000;
    private const int OptionalHeader = Lfanew + 24;
    private const int DataDirectories = OptionalHeader + 96;

    public byte[] Bytes { get; } = new byte[SectionFileOffset + SectionSize];

    public PeBuilder()
    {
        Span<byte> b = Bytes;
        b[0] = (byte)'M';
        b[1] = (byte)'Z';
        U32(0x3C, Lfanew);
        U32(Lfanew, 0x00004550);
        U16(Lfanew + 4, 0x14C);
        U16(Lfanew + 6, 1);
        U16(Lfanew + 20, 224);
        U16(Lfanew + 22, 0x0102);
        U16(OptionalHeader, 0x10B);
        U32(OptionalHeader + 16, SectionRva);
        U32(OptionalHeader + 28, 0x400000);
        U32(OptionalHeader + 32, 0x1000);
        U32(OptionalHeader + 36, 0x200);
        U32(OptionalHeader + 56, 0x2000);
        U32(OptionalHeader + 60, 0x200);
        U16(OptionalHeader + 68, 2);
        U32(OptionalHeader + 92, 16);
        int section = OptionalHeader + 224;
        ".data"u8.CopyTo(b[section..]);
        U32(section + 8, SectionSize);
        U32(section + 12, SectionRva);
        U32(section + 16, SectionSize);
        U32(section + 20, SectionFileOffset);
        U32(section + 36, 0xC0000040);
    }

    public static int FileOffset(uint rva) => (int)(rva - SectionRva) + SectionFileOffset;

    public PeBuilder Directory(int index, uint rva, uint size)
    {
        U32(DataDirectories + (8 * index), rva);
        U32(DataDirectories + (8 * index) + 4, size);
        return this;
    }

    public PeBuilder U16(int offset, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(Bytes.AsSpan(offset), value);
        return this;
    }

    public PeBuilder U32(int offset, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(Bytes.AsSpan(offset), value);
        return this;
    }

    public PeBuilder U32AtRva(uint rva, params uint[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            U32(FileOffset(rva) + (4 * i), values[i]);
        }

        return this;
    }

    public PeBuilder Text(uint rva, string text)
    {
        System.Text.Encoding.ASCII.GetBytes(text + "\0").CopyTo(Bytes, FileOffset(rva));
        return this;
    }
}
