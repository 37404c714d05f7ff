namespace Semitori.Cli;

/// <summary>Process exit codes shared by the commands (the <c>yara</c> command keeps yara's own).</summary>
public static class ExitCodes
{
    /// <summary>Ran to the end and found nothing.</summary>
    public const int Clean = 0;

    /// <summary>Ran to the end and found something (scan, logs).</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or a fatal error (unreadable rules, bad arguments).</summary>
    public const int Error = 2;
}
