namespace Semitori.Hunting.Sweep;

/// <summary>Counters of a running sweep, safe to read from another thread for progress displays.</summary>
public sealed class SweepStatistics
{
    private long _files;
    private long _bytes;
    private long _findings;
    private long _errors;
    private long _skipped;
    private long _members;
    private long _trusted;

    /// <summary>Files scanned, archive members included.</summary>
    public long Files => Interlocked.Read(ref _files);

    public long Bytes => Interlocked.Read(ref _bytes);

    public long Findings => Interlocked.Read(ref _findings);

    public long Errors => Interlocked.Read(ref _errors);

    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Of <see cref="Files"/>, how many were members of archives.</summary>
    public long ArchiveMembers => Interlocked.Read(ref _members);

    internal void AddFile(long bytes, bool member)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, bytes);
        if (member)
        {
            Interlocked.Increment(ref _members);
        }
    }

    /// <summary>Files whose findings were dropped because their hash is trusted.</summary>
    public long Trusted => Interlocked.Read(ref _trusted);

    internal void AddTrusted() => Interlocked.Increment(ref _trusted);

    internal void AddFindings(int n) => Interlocked.Add(ref _findings, n);

    internal void AddError() => Interlocked.Increment(ref _errors);

    internal void AddSkipped() => Interlocked.Increment(ref _skipped);
}
