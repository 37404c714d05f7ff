using System.Runtime.CompilerServices;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.Pe;

/// <summary>
/// Builds the benign fixture DLL once per test run from Pe/Fixtures: exports by name, by ordinal
/// only (NONAME) and a forwarder; a by-ordinal import from ws2_32 (via a dlltool import library);
/// a version resource (windres); a TLS callback. Null when mingw-w64 is absent.
/// </summary>
public sealed class MingwFixture : IDisposable
{
    private readonly string? _directory;

    public MingwFixture()
    {
        if (!Tools.HasMingw)
        {
            return;
        }

        _directory = Directory.CreateTempSubdirectory("semitori-mingw-").FullName;
        foreach (string file in Directory.GetFiles(SourceDirectory()))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }

        Tools.Run("x86_64-w64-mingw32-dlltool", _directory, "-d", "ws2_32.def", "-l", "libws2_32_ordinals.a");
        Tools.Run("x86_64-w64-mingw32-windres", _directory, "version.rc", "-O", "coff", "-o", "version.o");
        Tools.Run("x86_64-w64-mingw32-gcc", _directory, "-shared", "-O1", "-o", "fixture.dll", "fixture.c", "version.o", "fixture.def", "libws2_32_ordinals.a");
        DllPath = Path.Combine(_directory, "fixture.dll");
    }

    public string? DllPath { get; }

    public void Dispose()
    {
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Fixtures");
}
