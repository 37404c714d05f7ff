using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>Reads the TLS directory and walks its callback array (VAs, converted through ImageBase).</summary>
internal static class TlsDirectoryReader
{
    public static TlsDirectory? Read(PeFile pe)
    {
        PeReadContext context = pe.Context;
        ByteView v = context.View;
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.Tls);
        if (!pe.IsPe || dir.VirtualAddress == 0)
        {
            return null;
        }

        bool wide = pe.Is64Bit;
        int w = wide ? 8 : 4;
        if (!pe.TryRvaToOffset(dir.VirtualAddress, out long at) || !v.Contains(at, (4 * w) + 8))
        {
            context.Report(PeAnomalyCodes.BadTls, "TLS directory maps to no complete structure");
            return null;
        }

        ulong Pointer(long o) => wide ? v.U64(o) : v.U32(o);
        ulong callbacksVa = Pointer(at + (3 * w));
        return new TlsDirectory
        {
            StartAddressOfRawData = Pointer(at),
            EndAddressOfRawData = Pointer(at + w),
            AddressOfIndex = Pointer(at + (2 * w)),
            AddressOfCallBacks = callbacksVa,
            SizeOfZeroFill = v.U32(at + (4 * w)),
            Characteristics = v.U32(at + (4 * w) + 4),
            Callbacks = ReadCallbacks(pe, callbacksVa, w),
        };
    }

    private static List<ulong> ReadCallbacks(PeFile pe, ulong va, int w)
    {
        var list = new List<ulong>();
        ulong imageBase = pe.OptionalHeader!.ImageBase;
        if (va == 0)
        {
            return list;
        }

        if (va < imageBase || !pe.TryRvaToOffset(va - imageBase, out long at))
        {
            pe.Context.Report(PeAnomalyCodes.BadTls, $"TLS callback array VA 0x{va:X} maps to no file offset");
            return list;
        }

        ByteView v = pe.Context.View;
        for (; list.Count < PeLimits.MaxTlsCallbacks && v.Contains(at, w); at += w)
        {
            ulong callback = w == 8 ? v.U64(at) : v.U32(at);
            if (callback == 0)
            {
                return list;
            }

            list.Add(callback);
        }

        pe.Context.Report(PeAnomalyCodes.BadTls, "TLS callback array not terminated within the file or the cap", at);
        return list;
    }
}
