using System.Numerics;

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

    /// <summary>
    /// Buffers up to this size grow by doubling; larger ones to the file's size rounded up to
    /// <see cref="BufferGranularity"/>, and the buffer they replace is collected at once and its
    /// memory returned to the system: it sits on the large object heap, which only a full
    /// collection frees, and the runtime keeps freed regions committed. Left to the runtime, the
    /// growth steps added about 40 MB to the peak of a signature-base sweep of the .NET folder
    /// (206 MB against 161 MB); the aggressive collection happens a few times per sweep.
    /// </summary>
    private const int DoublingLimit = 8 << 20;

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
            Grow(length);
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

    private void Grow(long length)
    {
        long size = length <= DoublingLimit
            ? Math.Max(BufferGranularity, (long)BitOperations.RoundUpToPowerOf2((ulong)length))
            : (length + BufferGranularity - 1) / BufferGranularity * BufferGranularity;
        bool collect = _buffer.Length >= DoublingLimit;
        _buffer = [];
        if (collect)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        // Uninitialised: only the bytes read are ever exposed, and untouched pages stay unresident.
        _buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(size, MaxFileSize));
    }
}
