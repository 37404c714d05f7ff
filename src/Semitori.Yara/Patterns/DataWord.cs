using System.Buffers.Binary;

namespace Semitori.Yara.Patterns;

/// <summary>Up to 8 bytes of the data as one little-endian word, for the masked quick checks of atom hits.</summary>
internal static class DataWord
{
    /// <summary>
    /// The 8 bytes at <paramref name="start"/> when they are all inside the data, otherwise the
    /// first <paramref name="count"/> (the caller checked they are inside) and zeros.
    /// </summary>
    public static ulong Read(ReadOnlySpan<byte> data, int start, int count)
    {
        if (start + 8 <= data.Length)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(data[start..]);
        }

        ulong word = 0;
        for (int i = 0; i < count; i++)
        {
            word |= (ulong)data[start + i] << (8 * i);
        }

        return word;
    }
}
