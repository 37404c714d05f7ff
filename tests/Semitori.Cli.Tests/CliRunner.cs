using System.Diagnostics;

namespace Semitori.Cli.Tests;

/// <summary>Runs <c>semitori</c> in-process with captured output, and the reference yara CLI when installed.</summary>
internal static class CliRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, new CommandContext(output, error, errorIsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }

    public static string? YaraPath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
        .Select(d => Path.Combine(d, "yara")).FirstOrDefault(File.Exists);

    public static (int Exit, string Output) Yara(params string[] args)
    {
        var psi = new ProcessStartInfo(YaraPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using Process p = Process.Start(psi)!;
        string stdout = p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout);
    }
}
