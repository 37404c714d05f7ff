using Semitori.Hunting.Analysis;

namespace Semitori.Hunting.Tests.Analyzers;

/// <summary>
/// Test-side stand-in for the sweep's file loading: a file's bytes plus its folder's other files as
/// neighbours, read lazily and bounded as the contract says. Shared by the analyzer tests.
/// </summary>
internal static class FolderSubjects
{
    public static FileSubject Of(string path) => Of(path, File.ReadAllBytes(path));

    public static FileSubject Of(string path, byte[] data) => new(path, data, () => Neighbours(path));

    public static IReadOnlyList<Neighbour> Neighbours(string path) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(path)!)
            .Where(p => p != path)
            .Order(StringComparer.Ordinal)
            .Select(p => new Neighbour(Path.GetFileName(p), p, new FileInfo(p).Length, n => ReadHead(p, n)))
            .ToList();

    private static byte[] ReadHead(string path, int n)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            var buffer = new byte[(int)Math.Min(n, stream.Length)];
            stream.ReadExactly(buffer);
            return buffer;
        }
        catch (IOException)
        {
            return [];
        }
    }
}
