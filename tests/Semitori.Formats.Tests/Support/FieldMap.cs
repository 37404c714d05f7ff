using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;

namespace Semitori.Formats.Tests.Support;

/// <summary>Offsets of the 32-bit cells worth corrupting in a valid file, found with the readers themselves.</summary>
internal static class FieldMap
{
    public static IReadOnlyList<long> Of(byte[] data)
    {
        var cells = new List<long> { 0x3C };
        PeFile pe = PeFile.FromBytes(data);
        if (pe.Headers is not { } h)
        {
            return cells;
        }

        long fh = h.NtHeadersOffset + 4;
        cells.AddRange([fh, fh + 4, fh + 8, fh + 12, fh + 16, h.OptionalHeader.CheckSumOffset - 8, h.OptionalHeader.DataDirectoriesOffset - 4]);
        cells.AddRange(Enumerable.Range(0, 32).Select(i => h.OptionalHeader.DataDirectoriesOffset + (4L * i)));
        foreach (SectionHeader s in h.Sections)
        {
            cells.AddRange(Enumerable.Range(2, 8).Select(i => s.HeaderOffset + (4L * i)));
        }

        AddDirectory(pe, DataDirectoryIndex.Import, 10, cells);
        AddDirectory(pe, DataDirectoryIndex.Export, 10, cells);
        AddDirectory(pe, DataDirectoryIndex.Resource, 8, cells);
        AddDirectory(pe, DataDirectoryIndex.DelayImport, 8, cells);
        AddDirectory(pe, DataDirectoryIndex.Tls, 6, cells);
        AddDirectory(pe, DataDirectoryIndex.Debug, 7, cells);
        AddDirectory(pe, DataDirectoryIndex.ClrRuntimeHeader, 10, cells);
        foreach (ResourceEntry r in pe.Resources.Entries.Where(r => r.Offset.HasValue).Take(4))
        {
            cells.AddRange(Enumerable.Range(0, 8).Select(i => r.Offset!.Value + (4L * i)));
        }

        if (pe.CertificateTable.Count > 0)
        {
            long at = pe.CertificateTable[0].Offset;
            cells.AddRange(Enumerable.Range(0, 16).Select(i => at + (4L * i)));
        }

        DotNetFile net = DotNetFile.FromPe(pe);
        foreach (MetadataStreamHeader stream in net.Streams)
        {
            cells.Add(stream.HeaderOffset);
            cells.Add(stream.HeaderOffset + 4);
        }

        if (net.TablesStream is { } tables)
        {
            cells.AddRange(Enumerable.Range(0, 24).Select(i => tables.FileOffset + 4 + (4L * i)));
        }

        if (net.IsDotNet)
        {
            cells.Add(net.MetadataOffset + 12);
        }

        return cells;
    }

    private static void AddDirectory(PeFile pe, DataDirectoryIndex index, int cells, List<long> output)
    {
        if (pe.TryRvaToOffset(pe.GetDataDirectory(index).VirtualAddress, out long at) && pe.GetDataDirectory(index).VirtualAddress != 0)
        {
            output.AddRange(Enumerable.Range(0, cells).Select(i => at + (4L * i)));
        }
    }
}
