namespace Semitori.Yara.Tests;

/// <summary>Locates the repository root and the shared reference folder beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string CorpusDir => Path.Combine(Shared, "yara-corpus");

    public static string SignatureBase => Path.Combine(Shared, "rulesets", "signature-base");

    private static string FindRoot()
    {
        // The test assembly may be built outside the tree (--artifacts-path); fall back to
        // where this source file was compiled from.
        return Up(AppContext.BaseDirectory) ?? Up(SourceDirectory()) ?? throw new InvalidOperationException("Semitori.slnx not found");
    }

    private static string? Up(string? dir)
    {
        while (dir is not null && !File.Exists(Path.Combine(dir, "Semitori.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir;
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
