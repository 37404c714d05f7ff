using Semitori.Hunting.Findings;
using Semitori.Hunting.Targets;
using Semitori.Yara;

namespace Semitori.Hunting.Sweep;

/// <summary>
/// Walks the targets and scans every file with one compiled rule set on several threads
/// (one scanner per thread), turning rule matches into findings. Read-only: files are opened
/// for reading with sharing, nothing is written. Unreadable files are counted and reported.
/// </summary>
public sealed class YaraSweep
{
    private readonly CompiledRules _rules;
    private readonly SweepOptions _options;

    public YaraSweep(CompiledRules rules, SweepOptions options)
    {
        _rules = rules;
        _options = options;
    }

    public SweepStatistics Statistics { get; } = new();

    public void Run(IEnumerable<string> targets, Action<Finding> onFinding, Action<string, string> onError)
    {
        var walker = new FileWalkerOptions { Recursive = true, FollowSymlinks = _options.FollowSymlinks, MaxFileSize = 0, ExcludeFragments = _options.Excludes };
        IEnumerable<string> files = FileWalker.Walk(targets, walker, (path, message) =>
        {
            Statistics.AddError();
            onError(path, message);
        });
        var scanOptions = new ScanOptions { Timeout = _options.TimeoutPerFile, MaxMatchDataLength = 64 };
        using var workers = new ThreadLocal<(YaraScanner Scanner, FileLoader Loader)>(() => (_rules.CreateScanner(scanOptions), new FileLoader()));
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Threads) }, path =>
        {
            (YaraScanner scanner, FileLoader loader) = workers.Value;
            ScanOne(path, scanner, loader, onFinding, onError);
        });
    }

    private void ScanOne(string path, YaraScanner scanner, FileLoader loader, Action<Finding> onFinding, Action<string, string> onError)
    {
        ReadOnlyMemory<byte> data;
        try
        {
            long length = new FileInfo(path).Length;
            if (_options.MaxFileSize > 0 && length > _options.MaxFileSize)
            {
                Statistics.AddSkipped();
                return;
            }

            data = loader.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Statistics.AddError();
            onError(path, ex.Message);
            return;
        }

        SetFileExternals(scanner, path, data.Span);
        ScanResult result = scanner.Scan(data);
        Statistics.AddFile(data.Length);
        if (result.TimedOut)
        {
            Statistics.AddError();
            onError(path, "scan timed out; results for this file are incomplete");
        }

        int n = 0;
        foreach (RuleMatch rule in result.Matching)
        {
            string source = rule.Namespace == "builtin" ? "semitori:cicada" : "yara:" + rule.Namespace;
            onFinding(FindingFactory.FromRule(path, source, rule));
            n++;
        }

        Statistics.AddFindings(n);
    }

    private static void SetFileExternals(YaraScanner scanner, string path, ReadOnlySpan<byte> data)
    {
        scanner.SetExternal("filename", Path.GetFileName(path));
        scanner.SetExternal("filepath", Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty);
        scanner.SetExternal("extension", Path.GetExtension(path).ToLowerInvariant());
        scanner.SetExternal("filetype", data.Length >= 2 && data[0] == 'M' && data[1] == 'Z' ? "EXE" : string.Empty);
        scanner.SetExternal("owner", string.Empty);
    }
}
