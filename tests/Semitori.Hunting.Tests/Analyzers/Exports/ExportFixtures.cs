using System.Runtime.CompilerServices;

namespace Semitori.Hunting.Tests.Analyzers.Exports;

/// <summary>The FYAnti stand-in and its look-alike, built once per test class with mingw-w64.</summary>
public sealed class ExportFixtures : IDisposable
{
    private readonly NativeBuild _build = new(SourceDirectory());

    public ExportFixtures()
    {
        if (_build.Directory is null)
        {
            return;
        }

        FyAnti = _build.Gcc("fyanti.dll", "-shared", "fyanti.c");
        LookAlike = _build.Gcc("lookalike.dll", "-shared", "lookalike.c");
    }

    public string? FyAnti { get; }

    public string? LookAlike { get; }

    public void Dispose() => _build.Dispose();

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Fixtures");
}
