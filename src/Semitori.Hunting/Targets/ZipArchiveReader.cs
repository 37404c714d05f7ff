using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Semitori.Hunting.Targets;

/// <summary>
/// Opens a ZIP held in memory and yields its members decompressed, within <see cref="ArchiveLimits"/>.
/// Damaged archives, encrypted members and members over the limits are reported through
/// <c>onProblem</c> and skipped; nothing throws to the caller. The budget is shared with nested
/// archives so that a nest of archives cannot multiply it.
/// </summary>
public sealed class ZipArchiveReader
{
    private static ReadOnlySpan<byte> LocalHeader => "PK\u0003\u0004"u8;

    private readonly ArchiveLimits _limits;
    private long _budget;

    public ZipArchiveReader(ArchiveLimits limits)
    {
        _limits = limits;
        _budget = limits.MaxTotalBytes;
    }

    /// <summary>True when the bytes start like a ZIP (a local file header; empty archives are not worth opening).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> data) => data.StartsWith(LocalHeader);

    public IEnumerable<ArchiveMember> Members(string archivePath, ReadOnlyMemory<byte> data, Action<string, string> onProblem)
    {
        ZipArchive? zip = Open(archivePath, data, onProblem);
        if (zip is null)
        {
            yield break;
        }

        using (zip)
        {
            int seen = 0;
            IReadOnlyList<ZipArchiveEntry> entries;
            try
            {
                entries = zip.Entries;
            }
            catch (InvalidDataException ex)
            {
                onProblem(archivePath, $"damaged archive: {ex.Message}");
                yield break;
            }

            foreach (ZipArchiveEntry entry in entries)
            {
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue;
                }

                string memberPath = archivePath + "!" + entry.FullName.Replace('\\', '/');
                if (++seen > _limits.MaxMembers)
                {
                    onProblem(archivePath, $"more than {_limits.MaxMembers} members; the rest were not scanned");
                    yield break;
                }

                byte[]? bytes = Extract(entry, memberPath, onProblem);
                if (bytes is not null)
                {
                    yield return new ArchiveMember(memberPath, entry.FullName, bytes);
                }
            }
        }
    }

    /// <summary>Reads at most <paramref name="count"/> bytes from the start of a member (for neighbour checks).</summary>
    public static byte[] ReadHead(ReadOnlyMemory<byte> archive, string entryName, int count)
    {
        try
        {
            using ZipArchive zip = new(AsStream(archive), ZipArchiveMode.Read);
            ZipArchiveEntry? entry = zip.GetEntry(entryName);
            if (entry is null || entry.IsEncrypted)
            {
                return [];
            }

            using Stream stream = entry.Open();
            byte[] buffer = new byte[Math.Max(0, count)];
            int total = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return [];
        }
    }

    private static ZipArchive? Open(string archivePath, ReadOnlyMemory<byte> data, Action<string, string> onProblem)
    {
        try
        {
            return new ZipArchive(AsStream(data), ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            onProblem(archivePath, $"not opened as an archive: {ex.Message}");
            return null;
        }
    }

    private byte[]? Extract(ZipArchiveEntry entry, string memberPath, Action<string, string> onProblem)
    {
        if (entry.IsEncrypted)
        {
            onProblem(memberPath, "encrypted member, not scanned");
            return null;
        }

        long declared = entry.Length;
        if (declared > _limits.MaxMemberSize)
        {
            onProblem(memberPath, $"member of {declared} bytes exceeds the {_limits.MaxMemberSize}-byte limit, not scanned");
            return null;
        }

        if (entry.CompressedLength > 0 && declared / entry.CompressedLength > _limits.MaxCompressionRatio)
        {
            onProblem(memberPath, $"compression ratio above {_limits.MaxCompressionRatio}:1 (zip bomb?), not scanned");
            return null;
        }

        if (declared > _budget)
        {
            onProblem(memberPath, $"archive budget of {_limits.MaxTotalBytes} decompressed bytes used up, not scanned");
            return null;
        }

        try
        {
            using Stream stream = entry.Open();
            // The declared size can lie; read one byte more than allowed to notice.
            long cap = Math.Min(_limits.MaxMemberSize, _budget);
            byte[] buffer = new byte[(int)Math.Min(declared, cap) + 1];
            int total = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (total > Math.Min(declared, cap))
            {
                onProblem(memberPath, "member is larger than its header says, not scanned");
                return null;
            }

            _budget -= total;
            return total == buffer.Length ? buffer : buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            onProblem(memberPath, $"damaged member: {ex.Message}");
            return null;
        }
    }

    internal static Stream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}
