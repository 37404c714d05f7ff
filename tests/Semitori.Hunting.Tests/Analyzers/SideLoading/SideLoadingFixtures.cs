using System.Runtime.CompilerServices;

namespace Semitori.Hunting.Tests.Analyzers.SideLoading;

/// <summary>
/// A host program named like VLC (with a version resource whose OriginalFilename is vlc.exe) that
/// imports libvlc.dll, and an unrelated DLL, built once with mingw-w64; tests lay them out in folders.
/// </summary>
public sealed class SideLoadingFixtures : IDisposable
{
    private readonly NativeBuild _build = new(SourceDirectory());

    public SideLoadingFixtures()
    {
        if (_build.Directory is null)
        {
            return;
        }

        // ld links against the DLL directly, which puts libvlc.dll in the host's import table.
        Dll = _build.Gcc("libvlc.dll", "-shared", "libvlc.c");
        _build.Windres("host.rc", "host.o");
        Host = _build.Gcc("vlc.exe", "host.c", "host.o", "libvlc.dll");
        Unrelated = _build.Gcc("unrelated.dll", "-shared", "unrelated.c");
    }

    public string? Dll { get; }

    public string? Host { get; }

    public string? Unrelated { get; }

    /// <summary>Copies built files into a new folder below a private root: (source, name in the folder) pairs.</summary>
    public string Layout(string folder, params (string Source, string Name)[] files)
    {
        string dir = Path.Combine(_build.Path("layouts"), folder);
        Directory.CreateDirectory(dir);
        foreach ((string source, string name) in files)
        {
            File.Copy(source, Path.Combine(dir, name), overwrite: true);
        }

        return dir;
    }

    public void Dispose() => _build.Dispose();

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Fixtures");
}
