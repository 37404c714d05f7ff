using System.IO.Compression;
using Semitori.Hunting.Analysis;

namespace Semitori.Hunting.Targets;

/// <summary>The other members in the same folder of an archive, as neighbours of one member.</summary>
public static class ArchiveNeighbours
{
    public static IReadOnlyList<Neighbour> List(string archivePath, ReadOnlyMemory<byte> archive, string entryName)
    {
        string folder = FolderOf(entryName);
        var result = new List<Neighbour>();
        try
        {
            using ZipArchive zip = new(ZipArchiveReader.AsStream(archive), ZipArchiveMode.Read);
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                if (entry.FullName == entryName || entry.FullName.EndsWith('/') || FolderOf(entry.FullName) != folder)
                {
                    continue;
                }

                string name = entry.FullName;
                result.Add(new Neighbour(entry.Name, archivePath + "!" + name.Replace('\\', '/'), entry.Length,
                    n => ZipArchiveReader.ReadHead(archive, name, n)));
                if (result.Count >= FileSubject.MaxNeighbours)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return result;
        }

        return result;
    }

    private static string FolderOf(string entryName)
    {
        string normal = entryName.Replace('\\', '/');
        int slash = normal.LastIndexOf('/');
        return slash < 0 ? string.Empty : normal[..slash];
    }
}
