namespace Semitori.Formats.Tests.Evtx;

/// <summary>Locates the read-only shared corpus (EVTX samples, SigmaHQ regression data).</summary>
internal static class SharedData
{
    public static string Root { get; } = Environment.GetEnvironmentVariable("SEMITORI_SHARED") ?? FindUp("shared");

    public static string Samples => Path.Combine(Root, "evtx-samples");

    public static string RegressionData => Path.Combine(Root, "rulesets", "sigma", "regression_data");

    public static bool Available => Directory.Exists(Samples);

    private static string FindUp(string name, [System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(Path.Combine(candidate, "evtx-samples")))
            {
                return candidate;
            }
        }

        // Built outside the tree (--artifacts-path): the shared folder beside the checkout this file is in.
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source) ?? "."); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, name, "evtx-samples")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        return Path.GetFullPath(Path.Combine("..", name));
    }
}
