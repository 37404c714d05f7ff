using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;
using Semitori.Hunting.Targets;
using Semitori.Yara;

namespace Semitori.Hunting.Sweep;

/// <summary>
/// One scan thread's worker: loads a file, runs the YARA rules and the analyzers over it, opens
/// ZIP archives and inspects their members the same way, and hands a verdict for every file
/// with findings to the sink. Keeps its scanner and read buffer between files.
/// </summary>
internal sealed class FileInspector
{
    private readonly LoadedRules? _rules;
    private readonly YaraScanner? _scanner;
    private readonly IReadOnlyList<IFileAnalyzer> _analyzers;
    private readonly SweepOptions _options;
    private readonly SweepStatistics _statistics;
    private readonly Func<Finding, Finding> _attribute;
    private readonly FileLoader _loader = new();

    public FileInspector(LoadedRules? rules, IReadOnlyList<IFileAnalyzer> analyzers, SweepOptions options, SweepStatistics statistics, Func<Finding, Finding> attribute)
    {
        _rules = rules;
        _scanner = rules?.Rules.CreateScanner(new ScanOptions { Timeout = options.TimeoutPerFile, MaxMatchDataLength = 64 });
        _analyzers = analyzers;
        _options = options;
        _statistics = statistics;
        _attribute = attribute;
    }

    public void Inspect(string path, Action<FileVerdict> onVerdict, Action<string, string> onError)
    {
        ReadOnlyMemory<byte> data;
        try
        {
            long length = new FileInfo(path).Length;
            if (_options.MaxFileSize > 0 && length > _options.MaxFileSize)
            {
                _statistics.AddSkipped();
                return;
            }

            data = _loader.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _statistics.AddError();
            onError(path, ex.Message);
            return;
        }

        var subject = new FileSubject(path, data, () => FolderNeighbours.List(path));
        InspectSubject(subject, depth: 0, archive: null, onVerdict, onError);
    }

    private void InspectSubject(FileSubject subject, int depth, ZipArchiveReader? archive, Action<FileVerdict> onVerdict, Action<string, string> onError)
    {
        _statistics.AddFile(subject.Length, member: depth > 0);
        var findings = new List<Finding>();
        ScanWithRules(subject, findings, onError);
        RunAnalyzers(subject, findings, onError);
        if (findings.Count > 0 && _options.IsTrusted?.Invoke(subject) == true)
        {
            _statistics.AddTrusted();
            findings.Clear();
        }

        if (findings.Count > 0)
        {
            _statistics.AddFindings(findings.Count);
            onVerdict(VerdictBuilder.Build(subject.Path, subject.Data.Span, findings.Select(_attribute).ToList()));
        }

        if (_options.Archives && depth < _options.ArchiveLimits.MaxDepth && ZipArchiveReader.LooksLikeZip(subject.Data.Span))
        {
            archive ??= new ZipArchiveReader(_options.ArchiveLimits);
            void Problem(string path, string message)
            {
                _statistics.AddError();
                onError(path, message);
            }

            foreach (ArchiveMember member in archive.Members(subject.Path, subject.Data, Problem))
            {
                ReadOnlyMemory<byte> container = subject.Data;
                string containerPath = subject.Path;
                var inner = new FileSubject(member.Path, member.Data, () => ArchiveNeighbours.List(containerPath, container, member.EntryName));
                InspectSubject(inner, depth + 1, archive, onVerdict, onError);
            }
        }
    }

    private void ScanWithRules(FileSubject subject, List<Finding> findings, Action<string, string> onError)
    {
        if (_scanner is null || _rules is null)
        {
            return;
        }

        SetFileExternals(_scanner, subject);
        ScanResult result = _scanner.Scan(subject.Data);
        if (result.TimedOut)
        {
            _statistics.AddError();
            onError(subject.Path, "scan timed out; results for this file are incomplete");
        }

        foreach (RuleMatch rule in result.Matching)
        {
            findings.Add(FindingFactory.FromRule(subject.Path, _rules.SourceOf(rule.Namespace), rule));
        }
    }

    private void RunAnalyzers(FileSubject subject, List<Finding> findings, Action<string, string> onError)
    {
        foreach (IFileAnalyzer analyzer in _analyzers)
        {
            try
            {
                findings.AddRange(analyzer.Analyze(subject));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An analyzer bug on a hostile file costs that analyzer's result for that file, not the sweep.
                _statistics.AddError();
                onError(subject.Path, $"analyzer {analyzer.Name} failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    private static void SetFileExternals(YaraScanner scanner, FileSubject subject)
    {
        string path = subject.Path;
        int bang = path.LastIndexOf('!');
        string folder = bang >= 0 ? path[..bang] : Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
        scanner.SetExternal("filename", subject.Name);
        scanner.SetExternal("filepath", folder);
        scanner.SetExternal("extension", Path.GetExtension(subject.Name).ToLowerInvariant());
        scanner.SetExternal("filetype", subject.IsMz ? "EXE" : string.Empty);
        scanner.SetExternal("owner", string.Empty);
    }
}
