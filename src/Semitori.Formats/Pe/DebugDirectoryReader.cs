using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Reads debug directory entries and the PDB path as libyara does: CodeView entries only, data
/// located by AddressOfRawData (RVA) or else PointerToRawData, first path under 1,024 bytes wins.
/// </summary>
internal static class DebugDirectoryReader
{
    private const int EntrySize = 28;
    private const uint CodeViewType = 2;
    private const uint Rsds = 0x53445352;
    private const uint Nb10 = 0x3031424E;
    private const uint Mtoc = 0x434F544D;

    public static DebugDirectory Read(PeFile pe)
    {
        PeReadContext context = pe.Context;
        ByteView v = context.View;
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.Debug);
        if (!pe.IsPe || dir.VirtualAddress == 0 || dir.Size == 0)
        {
            return DebugDirectory.Empty;
        }

        if (!pe.TryRvaToOffset(dir.VirtualAddress, out long at))
        {
            context.Report(PeAnomalyCodes.UnmappedDirectory, $"debug directory RVA 0x{dir.VirtualAddress:X} maps to no file offset");
            return DebugDirectory.Empty;
        }

        long count = Math.Min(dir.Size / EntrySize, PeLimits.MaxDebugEntries);
        var entries = new List<DebugDirectoryEntry>();
        string? path = null;
        Guid? guid = null;
        uint? age = null;
        for (long i = 0; i < count; i++)
        {
            long e = at + (i * EntrySize);
            if (!v.Contains(e, EntrySize))
            {
                context.Report(PeAnomalyCodes.BadDebug, "debug directory runs past the end of the file", e);
                break;
            }

            var entry = new DebugDirectoryEntry(v.U32(e), v.U32(e + 4), v.U16(e + 8), v.U16(e + 10), v.U32(e + 12), v.U32(e + 16), v.U32(e + 20), v.U32(e + 24));
            entries.Add(entry);
            if (path is null && entry.Type == CodeViewType)
            {
                ReadCodeView(pe, entry, ref path, ref guid, ref age);
            }
        }

        return new DebugDirectory { Entries = entries, PdbPath = path, PdbGuid = guid, PdbAge = age };
    }

    private static void ReadCodeView(PeFile pe, DebugDirectoryEntry entry, ref string? path, ref Guid? guid, ref uint? age)
    {
        ByteView v = pe.Context.View;
        long cv = 0;
        if (entry.AddressOfRawData != 0 && pe.TryRvaToOffset(entry.AddressOfRawData, out long mapped))
        {
            cv = mapped;
        }

        if (cv <= 0 && entry.PointerToRawData != 0)
        {
            cv = entry.PointerToRawData;
        }

        if (cv <= 0 || !v.Contains(cv, 8))
        {
            return;
        }

        uint signature = v.U32(cv);
        long nameAt = signature switch
        {
            Nb10 => cv + 16,
            Rsds => cv + 24,
            Mtoc => cv + 20,
            _ => -1,
        };
        if (nameAt < 0 || !v.Contains(nameAt, 1))
        {
            return;
        }

        ReadOnlySpan<byte> name = v.ReadNulTerminated(nameAt, PeLimits.MaxPdbPathLength, out _);
        if (name.Length >= PeLimits.MaxPdbPathLength)
        {
            pe.Context.Report(PeAnomalyCodes.BadDebug, "PDB path longer than the cap", nameAt);
            return;
        }

        path = System.Text.Encoding.Latin1.GetString(name);
        if (signature == Rsds && v.TrySlice(cv + 4, 16, out ReadOnlySpan<byte> g))
        {
            guid = new Guid(g);
            age = v.U32(cv + 20);
        }
        else if (signature == Nb10)
        {
            age = v.U32(cv + 12);
        }
    }
}
