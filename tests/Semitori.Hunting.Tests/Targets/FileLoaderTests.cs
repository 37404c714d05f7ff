using System.IO.Compression;
using Semitori.Hunting.Targets;

namespace Semitori.Hunting.Tests.Targets;

/// <summary>
/// The per-thread file reader: exact bytes for small and large files in any order (the buffer
/// doubles up to 8 MiB, then grows to each larger file), empty files never opened, and a ZIP
/// larger than the doubling limit read through the loaded buffer.
/// </summary>
public sealed class FileLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-loader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Small_and_large_files_in_any_order_read_exactly()
    {
        // Sizes around the 8 MiB switch, growing, shrinking and growing past the doubled buffer.
        int[] sizes = [100, 9 << 20, 5000, (8 << 20) + 1, 12 << 20, 1 << 20, 35 << 20, 7];
        var loader = new FileLoader();
        for (int i = 0; i < sizes.Length; i++)
        {
            byte[] content = Content(sizes[i], seed: i);
            string path = Path.Combine(_dir, $"f{i}.bin");
            File.WriteAllBytes(path, content);
            ReadOnlyMemory<byte> data = loader.Load(path);
            Assert.Equal(content.Length, data.Length);
            Assert.True(data.Span.SequenceEqual(content), $"file {i} ({sizes[i]} bytes) read differently");
        }
    }

    [Fact]
    public void Empty_file_gives_empty_memory()
    {
        string path = Path.Combine(_dir, "empty.bin");
        File.WriteAllBytes(path, []);
        var loader = new FileLoader();
        Assert.True(loader.Load(path).IsEmpty);
    }

    [Fact]
    public void Large_zip_members_are_read_from_the_loaded_buffer()
    {
        // Stored (not compressed) so the archive itself passes the 8 MiB switch.
        string path = Path.Combine(_dir, "big.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach ((string name, int size) in new[] { ("a.bin", 5 << 20), ("b/c.bin", 4 << 20), ("d.txt", 10) })
            {
                using Stream s = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                s.Write(Content(size, seed: size));
            }
        }

        var loader = new FileLoader();
        ReadOnlyMemory<byte> data = loader.Load(path);
        Assert.True(data.Length > 8 << 20);
        var problems = new List<string>();
        var members = new ZipArchiveReader(new ArchiveLimits()).Members(path, data, (p, m) => problems.Add(m)).ToList();
        Assert.Empty(problems);
        Assert.Equal(["a.bin", "b/c.bin", "d.txt"], members.Select(m => m.EntryName));
        Assert.True(members[1].Data.Span.SequenceEqual(Content(4 << 20, seed: 4 << 20)));
    }

    [Fact]
    public void Loaders_on_several_threads_share_large_buffers_without_mixing_files()
    {
        // Large files of growing and shrinking sizes read by three loaders at once: each read
        // must see its own file, whichever shared buffer it was given.
        int[] sizes = [5 << 20, 9 << 20, 6 << 20, 17 << 20, 5 << 20, 33 << 20];
        string[] paths = new string[sizes.Length];
        for (int i = 0; i < sizes.Length; i++)
        {
            paths[i] = Path.Combine(_dir, $"large{i}.bin");
            File.WriteAllBytes(paths[i], Content(sizes[i], seed: 100 + i));
        }

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 3, new ParallelOptions { MaxDegreeOfParallelism = 3 }, t =>
        {
            var loader = new FileLoader();
            for (int round = 0; round < 4; round++)
            {
                int i = (t + (round * 2)) % sizes.Length;
                ReadOnlyMemory<byte> data = loader.Load(paths[i]);
                if (!data.Span.SequenceEqual(Content(sizes[i], seed: 100 + i)))
                {
                    failures.Add($"thread {t} round {round} file {i}");
                }
            }
        });

        Assert.Empty(failures);
    }

    private static byte[] Content(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
