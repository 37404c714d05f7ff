namespace Semitori.Formats.Common;

/// <summary>Reads a stream into memory without letting its length decide the allocation.</summary>
public static class BoundedRead
{
    /// <summary>Reads at most <paramref name="maxBytes"/>; <paramref name="truncated"/> tells whether more was there.</summary>
    public static byte[] ReadAll(Stream stream, long maxBytes, out bool truncated)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        long total = 0;
        truncated = false;
        while (true)
        {
            int want = (int)Math.Min(chunk.Length, maxBytes - total + 1);
            int read = want <= 0 ? 0 : stream.Read(chunk, 0, want);
            if (read <= 0)
            {
                break;
            }

            long keep = Math.Min(read, maxBytes - total);
            buffer.Write(chunk, 0, (int)keep);
            total += keep;
            if (keep < read)
            {
                truncated = true;
                break;
            }
        }

        return buffer.ToArray();
    }
}
