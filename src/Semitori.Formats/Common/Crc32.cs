using System.Buffers.Binary;

namespace Semitori.Formats.Common;

/// <summary>
/// CRC-32 (IEEE 802.3, as in RFC 1952 and zlib): EVTX headers and chunk record data, YARA's
/// <c>hash.crc32</c>, PNG chunks. Every EVTX chunk's record data is checksummed: with carry-less multiplication (<see cref="Crc32Folding"/>)
/// where the CPU has it, else slicing-by-8 tables; the byte-at-a-time loop cost as much as
/// parsing the records, and slicing-by-8 still 12 % of it.
/// </summary>
public static class Crc32
{
    private static readonly uint[][] Tables = BuildTables();

    public static uint Compute(ReadOnlySpan<byte> data, uint crc = 0)
    {
        uint[] t0 = Tables[0], t1 = Tables[1], t2 = Tables[2], t3 = Tables[3];
        uint[] t4 = Tables[4], t5 = Tables[5], t6 = Tables[6], t7 = Tables[7];
        crc = ~crc;
        if (data.Length >= 64 && Crc32Folding.IsSupported)
        {
            int folded = data.Length & ~15;
            crc = Crc32Folding.Fold(data[..folded], crc);
            data = data[folded..];
        }

        while (data.Length >= 8)
        {
            uint low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            uint high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = t7[low & 0xFF] ^ t6[(low >> 8) & 0xFF] ^ t5[(low >> 16) & 0xFF] ^ t4[low >> 24]
                ^ t3[high & 0xFF] ^ t2[(high >> 8) & 0xFF] ^ t1[(high >> 16) & 0xFF] ^ t0[high >> 24];
            data = data[8..];
        }

        foreach (byte b in data)
        {
            crc = t0[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[][] BuildTables()
    {
        var tables = new uint[8][];
        for (int k = 0; k < 8; k++)
        {
            tables[k] = new uint[256];
        }

        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            tables[0][i] = c;
        }

        for (int k = 1; k < 8; k++)
        {
            for (int i = 0; i < 256; i++)
            {
                uint previous = tables[k - 1][i];
                tables[k][i] = (previous >> 8) ^ tables[0][previous & 0xFF];
            }
        }

        return tables;
    }
}
