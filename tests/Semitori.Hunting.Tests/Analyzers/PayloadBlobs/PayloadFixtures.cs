using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Semitori.Hunting.Tests.Analyzers.PayloadBlobs;

/// <summary>
/// A loader DLL that names payload.dat and imports the file-reading APIs of the Cicada loader,
/// built once with mingw-w64, and synthetic data files: seeded random bytes (ciphertext stand-in),
/// the same bytes behind a PNG or inside a ZIP, and low-entropy text.
/// </summary>
public sealed class PayloadFixtures : IDisposable
{
    public const int BlobLength = 64 * 1024;

    private readonly NativeBuild _build = new(SourceDirectory());

    public PayloadFixtures()
    {
        if (_build.Directory is not null)
        {
            Loader = _build.Gcc("loader.dll", "-shared", "loader.c");
            Plain = _build.Gcc("plain.dll", "-shared", "plain.c");
            Host = _build.Gcc("host.exe", "host.c");
        }
    }

    /// <summary>A small program; tests give it a documented host's name.</summary>
    public string? Host { get; }

    public string? Loader { get; }

    /// <summary>A DLL that names no data file and imports nothing special.</summary>
    public string? Plain { get; }

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] Png(byte[] body) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. body];

    /// <summary>A ZIP whose only member is stored (not deflated) random data: high entropy, zip header.</summary>
    public static byte[] Zip(byte[] member)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream entry = zip.CreateEntry("member.bin", CompressionLevel.NoCompression).Open();
            entry.Write(member);
        }

        return stream.ToArray();
    }

    public static byte[] Text(int length) =>
        System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("configuration line value=42\r\n", (length / 29) + 1)))[..length];

    /// <summary>Makes a folder below the private root holding the given files ((name, bytes) pairs) and copies of built files.</summary>
    public string Folder(string name, IEnumerable<(string Name, byte[] Bytes)> files, params (string Source, string Name)[] built)
    {
        string dir = Path.Combine(_build.Directory ?? Path.GetTempPath(), "folders", name);
        Directory.CreateDirectory(dir);
        foreach ((string file, byte[] bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(dir, file), bytes);
        }

        foreach ((string source, string target) in built)
        {
            File.Copy(source, Path.Combine(dir, target), overwrite: true);
        }

        return dir;
    }

    public void Dispose() => _build.Dispose();

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Fixtures");
}
