using System.Numerics;

namespace Semitori.Hunting.Targets;

/// <summary>
/// Reads a target file for scanning, read-only and shared, into a buffer reused by the calling
/// thread. Reads exactly the length the file system reports (a file growing while it is read
/// is cut there); a zero-length file is never opened (FIFOs and devices report zero and would
/// block or never end). The memory returned is valid until the next <see cref="Load"/>.
/// </summary>
public sealed class FileLoader
{
    /// <summary>Files above this size are refused: a span over managed memory tops out at 2 GiB.</summary>
    public const long MaxFileSize = int.MaxValue - 64;

    private const long BufferGranularity = 1 << 20;

    /// <summary>
    /// The thread's own buffer grows by doubling up to this size; larger files are read into a
    /// shared <see cref="LargeFileBuffers"/> buffer.
    /// </summary>
    private const int DoublingLimit = 4 << 20;

    private byte[] _buffer = new byte[1 << 16];

    /// <summary>The shared buffer holding the last file, if it was large; given back at the next read.</summary>
    private byte[]? _large;

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

        if (_large is { } previous)
        {
            _large = null;
            LargeFileBuffers.Return(previous);
        }

        byte[] buffer;
        if (length > DoublingLimit)
        {
            buffer = _large = LargeFileBuffers.Rent(length);
        }
        else
        {
            if (_buffer.Length < length)
            {
                // Doubling from 1 MiB: what it leaves for the next full collection is at most 3 MiB.
                _buffer = GC.AllocateUninitializedArray<byte>((int)Math.Max(BufferGranularity, (long)BitOperations.RoundUpToPowerOf2((ulong)length)));
            }

            buffer = _buffer;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        int total = 0;
        while (total < length)
        {
            int n = stream.Read(buffer, total, (int)length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return new ReadOnlyMemory<byte>(buffer, 0, total);
    }
}
