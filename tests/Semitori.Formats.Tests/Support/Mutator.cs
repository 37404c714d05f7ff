using System.Buffers.Binary;

namespace Semitori.Formats.Tests.Support;

/// <summary>Seeded corruptions of a valid file: truncation, bit flips and header field overwrites.</summary>
internal static class Mutator
{
    /// <summary>Values hostile headers use: zero, all ones, sign bit, just past the end, tiny and huge.</summary>
    private static readonly uint[] Nasty = [0, 1, 2, 0xFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFF0, 0x1000, 0x10000];

    public static IEnumerable<byte[]> Truncations(byte[] data, Random random, int count)
    {
        yield return [];
        yield return data[..Math.Min(2, data.Length)];
        yield return data[..Math.Min(64, data.Length)];
        for (int i = 0; i < count; i++)
        {
            yield return data[..random.Next(data.Length)];
        }
    }

    public static IEnumerable<byte[]> BitFlips(byte[] data, Random random, int count, int limit)
    {
        for (int i = 0; i < count; i++)
        {
            byte[] copy = (byte[])data.Clone();
            int flips = random.Next(1, 16);
            for (int f = 0; f < flips; f++)
            {
                // Most structure sits in the first KB; aim half the flips there.
                int at = random.Next(2) == 0 ? random.Next(Math.Min(limit, copy.Length)) : random.Next(copy.Length);
                copy[at] ^= (byte)(1 << random.Next(8));
            }

            yield return copy;
        }
    }

    /// <summary>Overwrites 32-bit cells at the given offsets (header fields, directory entries, stream headers) with nasty values.</summary>
    public static IEnumerable<byte[]> FieldCorruptions(byte[] data, IReadOnlyList<long> fields, Random random, int count)
    {
        for (int i = 0; i < count && fields.Count > 0; i++)
        {
            byte[] copy = (byte[])data.Clone();
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++)
            {
                long at = fields[random.Next(fields.Count)];
                if (at >= 0 && at + 4 <= copy.Length)
                {
                    uint value = random.Next(4) == 0 ? (uint)random.Next() : Nasty[random.Next(Nasty.Length)];
                    if (random.Next(3) == 0)
                    {
                        value = (uint)copy.Length - (uint)random.Next(0, 64);
                    }

                    BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan((int)at), value);
                }
            }

            yield return copy;
        }
    }
}
