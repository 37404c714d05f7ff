using Semitori.Formats.Tests.Support;

namespace Semitori.Hunting.Tests.Analyzers;

/// <summary>
/// Compiles benign C fixtures with mingw-w64 into a private temporary folder, once per fixture
/// class. <see cref="Directory"/> is null when mingw-w64 is absent (the tests using it are then skipped).
/// </summary>
internal sealed class NativeBuild : IDisposable
{
    public NativeBuild(string sourceDirectory)
    {
        if (!Tools.HasMingw)
        {
            return;
        }

        Directory = System.IO.Directory.CreateTempSubdirectory("semitori-analyzers-").FullName;
        foreach (string file in System.IO.Directory.GetFiles(sourceDirectory))
        {
            File.Copy(file, System.IO.Path.Combine(Directory, System.IO.Path.GetFileName(file)));
        }
    }

    public string? Directory { get; }

    public string Path(string name) => System.IO.Path.Combine(Directory ?? throw new InvalidOperationException("mingw-w64 is absent"), name);

    /// <summary>Runs x86_64-w64-mingw32-gcc in the build folder and returns the output's path.</summary>
    public string Gcc(string output, params string[] arguments)
    {
        Tools.Run("x86_64-w64-mingw32-gcc", Directory!, [.. arguments, "-O1", "-s", "-o", output]);
        return Path(output);
    }

    public void Windres(string rc, string output) =>
        Tools.Run("x86_64-w64-mingw32-windres", Directory!, rc, "-O", "coff", "-o", output);

    public void Dispose()
    {
        if (Directory is not null)
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
