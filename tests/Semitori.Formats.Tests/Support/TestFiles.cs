namespace Semitori.Formats.Tests.Support;

/// <summary>Where the shared reference files live; tests skip with a reason when they are absent.</summary>
internal static class TestFiles
{
    /// <summary>The YARA conformance corpus data (override with SEMITORI_YARA_CORPUS).</summary>
    public static string CorpusData =>
        Environment.GetEnvironmentVariable("SEMITORI_YARA_CORPUS") is { Length: > 0 } dir
            ? Path.Combine(dir, "data")
            : FindUp(Path.Combine("shared", "yara-corpus", "data"), AppContext.BaseDirectory)
                ?? FindUp(Path.Combine("shared", "yara-corpus", "data"), SourceDirectory())
                ?? Path.GetFullPath(Path.Combine("..", "shared", "yara-corpus", "data"));

    // Built outside the tree (--artifacts-path), the shared folder is found from where this file was compiled.
    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";

    public static string Corpus(string name) => Path.Combine(CorpusData, name);

    /// <summary>The shared .NET runtime directory (real, Microsoft-signed PE/.NET files).</summary>
    public static string? RuntimeDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location);

    public static string Runtime(string name) => Path.Combine(RuntimeDirectory!, name);

    private static string? FindUp(string relative, string start)
    {
        for (DirectoryInfo? d = new(start); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
