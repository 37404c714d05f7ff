namespace Semitori.Hunting.Targets;

/// <summary>
/// Reads a target file for scanning, read-only and shared, into a buffer reused by the calling
/// thread. Reads exactly the length the file system reports (a file growing while it is read
/// is cut there); a zero-length file is never opened (FIFOs and devices report zero and would
/// block or never end).
/// </summary>
public sealed class FileLoader
{
    /// <summary>Files above this size are refused: a span over managed memory tops out at 2 GiB.</summary>
    public const long MaxFileSize = int.MaxValue - 64;

    private const long BufferGranularity = 1 << 20;

    private byte[] _buffer = new byte[1 << 16];

    public ReadOnlyMemory<byte> Load(string path)
    {
        var info = new FileInfo(path);
        long length = info.Length;
        if (length == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (length > MaxFileSize)
        {
            throw new IOException($"file is larger than {MaxFileSize} bytes");
        }

        if (_buffer.Length < length)
        {
            // The file's size rounded up to 1 MiB, not a doubling: the buffer lives as long as the
            // thread scans, and the largest file of a sweep already sets the peak memory.
            _buffer = new byte[Math.Min((length + BufferGranularity - 1) / BufferGranularity * BufferGranularity, MaxFileSize)];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        int total = 0;
        while (total < length)
        {
            int n = stream.Read(_buffer, total, (int)length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return new ReadOnlyMemory<byte>(_buffer, 0, total);
    }
}
