using System.Buffers.Binary;
using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Finds the Rich header the way libyara does: walk back from e_lfanew in dword steps to "Rich",
/// take the key after it, walk further back to the dword that unmasks to "DanS". The search never
/// leaves [64, e_lfanew), so its cost is bounded by the DOS stub.
/// </summary>
internal static class RichHeaderReader
{
    private const uint Rich = 0x68636952;
    private const uint DanS = 0x536E6144;
    private const int DosHeaderSize = 64;
    private const int SignatureSize = 16;

    public static RichHeader? Read(PeReadContext context)
    {
        ByteView v = context.View;
        if (v.Length < DosHeaderSize || v.U16(0) != 0x5A4D)
        {
            return null;
        }

        long lfanew = Math.Min(v.U32(0x3C), (uint)v.Length);
        long p = lfanew - 4;
        long richAt = -1;
        for (; p >= DosHeaderSize; p -= 4)
        {
            if (v.U32(p) == Rich)
            {
                richAt = p;
                break;
            }
        }

        uint key = richAt >= 0 ? v.U32(richAt + 4) : 0;
        if (key == 0)
        {
            return null;
        }

        long dans = -1;
        for (p = richAt - 4; p >= DosHeaderSize; p -= 4)
        {
            if ((v.U32(p) ^ key) == DanS)
            {
                dans = p;
                break;
            }
        }

        if (dans < 0)
        {
            context.Report(PeAnomalyCodes.BadRichHeader, "Rich marker without a matching DanS", richAt);
            return null;
        }

        int length = (int)(richAt - dans);
        byte[] raw = v.SliceClamped(dans, length).ToArray();
        byte[] clear = (byte[])raw.Clone();
        for (int i = 0; i + 4 <= clear.Length; i += 4)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(clear.AsSpan(i), BinaryPrimitives.ReadUInt32LittleEndian(clear.AsSpan(i)) ^ key);
        }

        int count = length < SignatureSize ? 0 : Math.Min((length - SignatureSize) / 8, PeLimits.MaxRichEntries);
        var entries = new RichEntry[count];
        byte[] versionData = new byte[count * 4];
        for (int i = 0; i < count; i++)
        {
            int at = SignatureSize + (8 * i);
            uint idVersion = BinaryPrimitives.ReadUInt32LittleEndian(clear.AsSpan(at));
            entries[i] = new RichEntry((ushort)(idVersion >> 16), (ushort)idVersion, BinaryPrimitives.ReadUInt32LittleEndian(clear.AsSpan(at + 4)));
            BinaryPrimitives.WriteUInt32LittleEndian(versionData.AsSpan(4 * i), idVersion);
        }

        return new RichHeader
        {
            Offset = dans,
            Length = length,
            Key = key,
            RawData = raw,
            ClearData = clear,
            VersionData = versionData,
            Entries = entries,
        };
    }
}
