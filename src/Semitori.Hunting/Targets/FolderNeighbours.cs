using Semitori.Hunting.Analysis;

namespace Semitori.Hunting.Targets;

/// <summary>
/// Lists the other regular files of a file's folder for analyzers that look at pairs (a loader
/// beside its payload, a host EXE beside its DLL). Bounded by <see cref="FileSubject.MaxNeighbours"/>;
/// an unreadable folder gives an empty list.
/// </summary>
public static class FolderNeighbours
{
    public static IReadOnlyList<Neighbour> List(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null)
        {
            return [];
        }

        var result = new List<Neighbour>();
        try
        {
            foreach (FileInfo file in new DirectoryInfo(folder).EnumerateFiles())
            {
                if (file.LinkTarget is not null || string.Equals(file.FullName, Path.GetFullPath(path), StringComparison.Ordinal))
                {
                    continue;
                }

                string displayPath = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, file.Name);
                result.Add(new Neighbour(file.Name, displayPath, file.Length, n => ReadHead(file.FullName, n)));
                if (result.Count >= FileSubject.MaxNeighbours)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return result;
        }

        return result;
    }

    private static byte[] ReadHead(string path, int count)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            byte[] buffer = new byte[(int)Math.Min(Math.Max(0, count), stream.Length)];
            int total = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return total == buffer.Length ? buffer : buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [];
        }
    }
}
