namespace Semitori.Sigma.Tests;

/// <summary>Locates the read-only shared corpus (SigmaHQ rules and regression data, EVTX samples).</summary>
internal static class SharedData
{
    public static string Root { get; } = Environment.GetEnvironmentVariable("SEMITORI_SHARED") ?? FindUp();

    public static string Sigma => Path.Combine(Root, "rulesets", "sigma");

    public static string RegressionData => Path.Combine(Sigma, "regression_data");

    public static string Samples => Path.Combine(Root, "evtx-samples");

    public static bool Available => Directory.Exists(RegressionData);

    private static string FindUp() =>
        FindUp(AppContext.BaseDirectory) ?? FindUp(SourceDirectory()) ?? Path.GetFullPath(Path.Combine("..", "shared"));

    private static string? FindUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "rulesets", "sigma")))
            {
                return candidate;
            }
        }

        return null;
    }

    // Built outside the tree (--artifacts-path), the shared folder is found from where this file was compiled.
    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}

/// <summary>A fact skipped, with the reason, when the shared corpus is not on this machine.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = $"shared corpus not found at {SharedData.Root} (set SEMITORI_SHARED)";
        }
    }
}
