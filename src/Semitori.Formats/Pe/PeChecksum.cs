using System.Buffers.Binary;

namespace Semitori.Formats.Pe;

/// <summary>
/// The optional header CheckSum algorithm (imagehlp CheckSumMappedFile), byte for byte as libyara's
/// <c>calculate_checksum</c>: 32-bit little-endian words with end-around carry, the CheckSum field
/// counted as zero (only when it is dword-aligned), a trailing partial word zero-padded, folded to
/// 16 bits, plus the file length.
/// </summary>
public static class PeChecksum
{
    public static uint Compute(ReadOnlySpan<byte> data, long checkSumOffset)
    {
        ulong sum = 0;
        int words = data.Length / 4;
        for (int i = 0; i < words; i++)
        {
            if (4L * i == checkSumOffset)
            {
                continue;
            }

            sum += BinaryPrimitives.ReadUInt32LittleEndian(data[(4 * i)..]);
            if (sum > 0xFFFFFFFF)
            {
                sum = (sum & 0xFFFFFFFF) + (sum >> 32);
            }
        }

        int rest = data.Length % 4;
        if (rest != 0 && 4L * words != checkSumOffset)
        {
            for (int j = 0; j < rest; j++)
            {
                sum += (ulong)data[(4 * words) + j] << (8 * j);
            }

            if (sum > 0xFFFFFFFF)
            {
                sum = (sum & 0xFFFFFFFF) + (sum >> 32);
            }
        }

        sum = (sum & 0xFFFF) + (sum >> 16);
        sum += sum >> 16;
        sum &= 0xFFFF;
        sum += (ulong)data.Length;
        return (uint)sum;
    }
}
