namespace Semitori.Hunting.Iocs;

/// <summary>Named caps of the IOC loader and matchers; lists are text a user may hand us, so every count is bounded.</summary>
public static class IocLimits
{
    /// <summary>Largest IOC file read (signature-base's biggest list is under 0.5 MiB).</summary>
    public const int MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>Longest line accepted; longer lines are reported and skipped.</summary>
    public const int MaxLineLength = 8192;

    /// <summary>Entries read per file.</summary>
    public const int MaxEntriesPerFile = 500_000;

    /// <summary>
    /// Time one backtracking regex (a pattern with lookarounds or back-references) may spend on one
    /// path before it counts as not matching. Generous because it is wall-clock time and includes the
    /// first call's set-up on a busy machine; linear-time (non-backtracking) patterns have no timeout.
    /// </summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Characters of a path given to the file-name regexes; Windows' own limit is 32,767.</summary>
    public const int MaxPathLength = 32_767;

    /// <summary>Findings one IOC analyzer reports per file; the rest are counted in the last finding's evidence.</summary>
    public const int MaxFindingsPerFile = 16;
}
