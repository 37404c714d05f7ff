using System.Collections.Concurrent;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;
using Semitori.Hunting.Targets;

namespace Semitori.Hunting.Sweep;

/// <summary>
/// Walks the targets and inspects every file on several threads (one <see cref="FileInspector"/>
/// per thread): YARA rules, analyzers, IOC matchers, ZIP members. Read-only: files are opened for
/// reading with sharing, nothing is written. Unreadable files are counted and reported, never fatal.
/// </summary>
public sealed class FileSweep
{
    private readonly LoadedRules? _rules;
    private readonly IReadOnlyList<IFileAnalyzer> _analyzers;
    private readonly SweepOptions _options;
    private readonly Func<Finding, Finding> _attribute;

    /// <param name="rules">The compiled YARA rules, or null to run analyzers only.</param>
    /// <param name="analyzers">Analyzers run on every file (built-in ones and IOC matchers).</param>
    /// <param name="options">Limits and threads.</param>
    /// <param name="attribution">Resolves who a finding points to; null leaves findings as they are.</param>
    public FileSweep(LoadedRules? rules, IReadOnlyList<IFileAnalyzer> analyzers, SweepOptions options, ActorAttribution? attribution = null)
    {
        _rules = rules;
        _analyzers = analyzers;
        _options = options;
        _attribute = attribution is null ? f => f : attribution.Attribute;
    }

    public SweepStatistics Statistics { get; } = new();

    /// <summary>Runs the sweep; <paramref name="onVerdict"/> and <paramref name="onError"/> may be called from several threads.</summary>
    public void Run(IEnumerable<string> targets, Action<FileVerdict> onVerdict, Action<string, string> onError)
    {
        var walker = new FileWalkerOptions { Recursive = true, FollowSymlinks = _options.FollowSymlinks, MaxFileSize = 0, ExcludeFragments = _options.Excludes };
        // Full paths: file-name IOCs are written against full Windows-style paths, and reports are read later, elsewhere.
        IEnumerable<string> files = FileWalker.Walk(targets.Select(AbsolutePath), walker, (path, message) =>
        {
            Statistics.AddError();
            onError(path, message);
        });
        using var workers = new ThreadLocal<FileInspector>(() => new FileInspector(_rules, _analyzers, _options, Statistics, _attribute));
        // One file at a time per thread: the default chunking hands out growing batches of
        // paths, and a batch holding large files left the other threads idle at the end.
        Parallel.ForEach(Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Threads) }, path =>
            workers.Value!.Inspect(path, onVerdict, onError));
    }

    private static string AbsolutePath(string target)
    {
        try
        {
            return Path.GetFullPath(target);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return target; // reported by the walker as unopenable
        }
    }
}
