using System.Diagnostics;
using Semitori.Formats.Tests.Support;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>
/// Runs Debian's <c>chromium</c> headless on a local file with a private profile directory and a
/// timeout: a browser that hangs is killed (with its child processes) and fails the test instead of
/// hanging the run.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>Seconds one launch may take; a cold start on a loaded 2-core machine takes about 2.</summary>
    public const int TimeoutSeconds = 60;

    public const string SkipReason = "chromium is not on PATH (Debian: apt-get install -y chromium)";

    public static string? Executable { get; } = Tools.Find("chromium");

    /// <summary>Runs chromium with the common headless switches plus <paramref name="arguments"/>; returns standard output.</summary>
    public static string Run(string profileDirectory, string page, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(SkipReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profileDirectory,
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--hide-scrollbars", "--force-device-scale-factor=1",
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(TimeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"chromium did not finish within {TimeoutSeconds} s ({string.Join(' ', arguments)})");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {Tail(stderr.Result)}");
        }

        return stdout.Result;
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
