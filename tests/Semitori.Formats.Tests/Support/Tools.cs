using System.Diagnostics;

namespace Semitori.Formats.Tests.Support;

/// <summary>External tools some tests use (mingw-w64, the reference yara CLI), found on PATH.</summary>
internal static class Tools
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public static bool HasMingw => Find("x86_64-w64-mingw32-gcc") is not null && Find("x86_64-w64-mingw32-windres") is not null
        && Find("x86_64-w64-mingw32-dlltool") is not null;

    public static bool HasYara => Find("yara") is not null;

    /// <summary>Runs a tool to completion; throws with its stderr when it fails (a broken fixture build is a test error).</summary>
    public static string Run(string tool, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Find(tool) ?? tool) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout.Result;
    }

    /// <summary>
    /// Values of YARA expressions for a file, printed by yara's console module: one rule per
    /// expression, so an undefined value (printed as "&lt;undefined&gt;") does not hide the others.
    /// </summary>
    public static IReadOnlyList<string> YaraValues(string file, params string[] expressions)
    {
        string dir = Directory.CreateTempSubdirectory("semitori-yara-").FullName;
        try
        {
            var rules = new System.Text.StringBuilder("import \"pe\"\nimport \"dotnet\"\nimport \"console\"\n");
            for (int i = 0; i < expressions.Length; i++)
            {
                rules.Append(System.Globalization.CultureInfo.InvariantCulture, $"rule v{i} {{ condition: console.log(\"{i}=\", {expressions[i]}) }}\n");
            }

            File.WriteAllText(Path.Combine(dir, "values.yar"), rules.ToString());
            var values = new Dictionary<int, string>();
            foreach (string line in Run("yara", dir, "values.yar", file).Split('\n'))
            {
                int eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0 && int.TryParse(line.AsSpan(0, eq), System.Globalization.CultureInfo.InvariantCulture, out int index))
                {
                    values[index] = line[(eq + 1)..];
                }
            }

            return expressions.Select((_, i) => values.GetValueOrDefault(i, "<undefined>")).ToList();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
