using Semitori.Formats.Common;

namespace Semitori.Formats.Tests;

/// <summary>
/// The shared CRC-32 (carry-less folding where the CPU has it, tables for the rest) against a
/// bit-by-bit reference, on the standard check value and seeded random buffers of every length
/// around the 16- and 64-byte steps, up to a whole chunk.
/// </summary>
public class Crc32Tests
{
    private static uint Crc(byte[] data) => Crc32.Compute(data);

    [Fact]
    public void Check_value_of_123456789()
        => Assert.Equal(0xCBF43926u, Crc("123456789"u8.ToArray()));

    [Fact]
    public void Equals_the_bitwise_reference_on_random_buffers()
    {
        var random = new Random(6);
        int[] lengths = [.. Enumerable.Range(0, 300), 1000, 4095, 4096, 65024, 65536];
        foreach (int length in lengths)
        {
            byte[] data = new byte[length];
            random.NextBytes(data);
            Assert.True(Reference(data) == Crc(data), $"length {length}");
        }
    }

    private static uint Reference(byte[] data)
    {
        uint crc = uint.MaxValue;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
