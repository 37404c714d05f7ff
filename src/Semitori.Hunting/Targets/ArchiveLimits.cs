namespace Semitori.Hunting.Targets;

/// <summary>
/// Bounds on what one ZIP archive may cost. Archives are attacker-made: a zip bomb, a million
/// empty members or a deep nest of archives must cost a bounded amount, then be reported.
/// </summary>
public sealed class ArchiveLimits
{
    /// <summary>Archives inside archives are opened down to this depth (1 = only archives found on disk).</summary>
    public int MaxDepth { get; init; } = 2;

    /// <summary>Members looked at per archive; the rest are counted as skipped.</summary>
    public int MaxMembers { get; init; } = 10_000;

    /// <summary>A member whose declared or actual size exceeds this is skipped.</summary>
    public long MaxMemberSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>Bytes decompressed per archive (all members, nested ones included) before the rest is skipped.</summary>
    public long MaxTotalBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Members compressed more than this ratio are not expanded (zip bomb).</summary>
    public int MaxCompressionRatio { get; init; } = 1000;
}
