using System.Buffers.Binary;

namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// Plausibility of an ECMA-335 method body header (II.25.4) at a file offset: a tiny header
/// (low bits 10, code size in the upper six) or a fat one (low bits 11, header size 3 dwords, only
/// the MoreSects/InitLocals flags, a local signature token of StandAloneSig or 0). This decodes no
/// IL; it tells encrypted bodies (ConfuserEx anti-tamper) from compiled ones, since random bytes pass
/// with a probability of about a quarter.
/// </summary>
internal static class MethodBodyHeader
{
    private const int FatHeaderSize = 12;
    private const ushort FatKnownFlags = 0x3 | 0x8 | 0x10;

    public static bool IsPlausible(ReadOnlySpan<byte> data, long offset)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return false;
        }

        byte first = data[(int)offset];
        long remaining = data.Length - offset;
        switch (first & 0x3)
        {
            case 0x2:
                int tinySize = first >> 2;
                return tinySize > 0 && 1 + tinySize <= remaining;
            case 0x3:
                if (remaining < FatHeaderSize)
                {
                    return false;
                }

                ReadOnlySpan<byte> header = data.Slice((int)offset, FatHeaderSize);
                ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(header);
                uint codeSize = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
                uint localSig = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
                return flags >> 12 == 3
                    && (flags & 0x0FFF & ~FatKnownFlags) == 0
                    && codeSize > 0 && FatHeaderSize + (long)codeSize <= remaining
                    && (localSig == 0 || localSig >> 24 == 0x11);
            default:
                return false;
        }
    }
}
