using System.Diagnostics;

namespace Semitori.Yara.Tests.Differential;

/// <summary>Runs the reference yara command line (Debian's 4.2.3) if it is installed.</summary>
internal static class YaraCli
{
    public static string? Path { get; } = Find();

    public static string SkipReason => "the reference 'yara' CLI is not installed (apt-get install -y yara); .ci/run installs it";

    private static string? Find()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
        {
            string candidate = System.IO.Path.Combine(dir, "yara");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(IEnumerable<string> args, int timeoutMs = 300_000)
    {
        var psi = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using Process p = Process.Start(psi)!;
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("yara did not finish");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
