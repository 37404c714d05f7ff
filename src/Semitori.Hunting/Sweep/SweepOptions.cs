using Semitori.Hunting.Analysis;
using Semitori.Hunting.Targets;

namespace Semitori.Hunting.Sweep;

/// <summary>Settings of one <see cref="FileSweep"/>.</summary>
public sealed class SweepOptions
{
    /// <summary>Files larger than this are skipped (and counted); 0 = no limit.</summary>
    public long MaxFileSize { get; init; } = 256L * 1024 * 1024;

    public int Threads { get; init; } = Environment.ProcessorCount;

    public IReadOnlyList<string> Excludes { get; init; } = [];

    public bool FollowSymlinks { get; init; }

    public TimeSpan? TimeoutPerFile { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Open ZIP archives and scan their members (as <c>archive.zip!member</c>).</summary>
    public bool Archives { get; init; } = true;

    public ArchiveLimits ArchiveLimits { get; init; } = new();

    /// <summary>
    /// Files known to be good (a trusted-hash list): all their findings are dropped, as Loki drops a
    /// file whose hash is on a false-positive list. Null trusts nothing.
    /// </summary>
    public Func<FileSubject, bool>? IsTrusted { get; init; }
}
