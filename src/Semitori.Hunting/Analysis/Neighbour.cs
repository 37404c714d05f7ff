namespace Semitori.Hunting.Analysis;

/// <summary>
/// Another file in the same folder as the file being analysed (or in the same archive folder).
/// Reading is bounded: <see cref="ReadHead"/> returns at most the requested number of bytes and
/// an empty array when the file cannot be read.
/// </summary>
/// <param name="Name">File name without folder.</param>
/// <param name="Path">Display path, as findings report it.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="ReadHead">Reads the first <c>n</c> bytes (fewer for a short file).</param>
public sealed record Neighbour(string Name, string Path, long Length, Func<int, byte[]> ReadHead);
