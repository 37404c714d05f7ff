using System.Buffers.Binary;

namespace Semitori.Yara.Scanning;

/// <summary>
/// The file offset of a PE or ELF entry point, for the deprecated <c>entrypoint</c> keyword
/// (libyara computes it the same way: the entry RVA/address translated through the section or
/// segment that contains it). Every read is bounds-checked; anything odd gives null (undefined).
/// </summary>
internal static class EntryPointLocator
{
    private const int MaxSections = 96;

    public static long? Find(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 0x40 && data[0] == 'M' && data[1] == 'Z')
        {
            return FindPe(data);
        }

        if (data.Length >= 0x34 && data[0] == 0x7F && data[1] == 'E' && data[2] == 'L' && data[3] == 'F')
        {
            return FindElf(data);
        }

        return null;
    }

    private static long? FindPe(ReadOnlySpan<byte> data)
    {
        int nt = BinaryPrimitives.ReadInt32LittleEndian(data[0x3C..]);
        if (nt < 0 || nt > data.Length - 0x18 - 0x28 || BinaryPrimitives.ReadUInt32LittleEndian(data[nt..]) != 0x00004550)
        {
            return null;
        }

        int sections = BinaryPrimitives.ReadUInt16LittleEndian(data[(nt + 6)..]);
        int optionalSize = BinaryPrimitives.ReadUInt16LittleEndian(data[(nt + 0x14)..]);
        uint rva = BinaryPrimitives.ReadUInt32LittleEndian(data[(nt + 0x28)..]);
        long table = nt + 0x18L + optionalSize;
        return RvaToOffset(data, rva, table, Math.Min(sections, MaxSections));
    }

    private static long? RvaToOffset(ReadOnlySpan<byte> data, uint rva, long table, int sections)
    {
        long best = -1;
        uint bestVa = 0;
        for (int i = 0; i < sections; i++)
        {
            long s = table + (i * 40L);
            if (s + 40 > data.Length)
            {
                break;
            }

            uint virtualSize = BinaryPrimitives.ReadUInt32LittleEndian(data[(int)(s + 8)..]);
            uint va = BinaryPrimitives.ReadUInt32LittleEndian(data[(int)(s + 12)..]);
            uint rawSize = BinaryPrimitives.ReadUInt32LittleEndian(data[(int)(s + 16)..]);
            uint raw = BinaryPrimitives.ReadUInt32LittleEndian(data[(int)(s + 20)..]);
            uint size = Math.Max(virtualSize, rawSize);
            if (rva >= va && rva - va < size && va >= bestVa)
            {
                bestVa = va;
                best = raw + (long)(rva - va);
            }
        }

        if (best < 0)
        {
            best = rva;
        }

        return best < data.Length ? best : null;
    }

    private static long? FindElf(ReadOnlySpan<byte> data)
    {
        bool is64 = data[4] == 2;
        bool little = data[5] != 2;
        static ulong Read(ReadOnlySpan<byte> data, bool little, int at, int size)
        {
            if (at < 0 || at + size > data.Length)
            {
                return ulong.MaxValue;
            }

            ReadOnlySpan<byte> s = data.Slice(at, size);
            return size switch
            {
                2 => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s),
                4 => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s),
                _ => little ? BinaryPrimitives.ReadUInt64LittleEndian(s) : BinaryPrimitives.ReadUInt64BigEndian(s),
            };
        }

        int word = is64 ? 8 : 4;
        ulong entry = Read(data, little, 0x18, word);
        ulong phoff = Read(data, little, is64 ? 0x20 : 0x1C, word);
        ulong phentsize = Read(data, little, is64 ? 0x36 : 0x2A, 2);
        ulong phnum = Read(data, little, is64 ? 0x38 : 0x2C, 2);
        if (entry == ulong.MaxValue || phoff >= (ulong)data.Length || phentsize == 0)
        {
            return null;
        }

        for (ulong i = 0; i < Math.Min(phnum, MaxSections); i++)
        {
            int p = (int)(phoff + (i * phentsize));
            if (Read(data, little, p, 4) != 1)
            {
                continue; // PT_LOAD only
            }

            ulong offset = Read(data, little, p + (is64 ? 8 : 4), word);
            ulong vaddr = Read(data, little, p + (is64 ? 16 : 8), word);
            ulong filesz = Read(data, little, p + (is64 ? 32 : 16), word);
            if (entry >= vaddr && entry - vaddr < filesz)
            {
                ulong result = offset + (entry - vaddr);
                return result < (ulong)data.Length ? (long)result : null;
            }
        }

        return null;
    }
}
