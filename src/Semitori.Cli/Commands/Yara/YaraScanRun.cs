using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Semitori.Hunting.Targets;
using Semitori.Yara;

namespace Semitori.Cli.Commands.Yara;

/// <summary>
/// One run of the yara command over its target: walks it, scans each file on N threads (one
/// scanner per thread), and writes each file's lines together. Unreadable files and timeouts
/// are reported on stderr and the run goes on.
/// </summary>
internal sealed class YaraScanRun
{
    private readonly YaraCliOptions _o;
    private readonly CompiledRules _rules;
    private readonly CommandContext _context;
    private readonly object _outputGate = new();
    private readonly List<string> _jsonMatches = [];
    private readonly List<string> _jsonErrors = [];
    private int _errors;
    private int _files;
    private int _matchedFiles;

    public YaraScanRun(YaraCliOptions o, CompiledRules rules, CommandContext context)
    {
        _o = o;
        _rules = rules;
        _context = context;
    }

    public int Execute()
    {
        bool targetIsFile = File.Exists(_o.Target);
        var walkerOptions = new FileWalkerOptions { Recursive = _o.Recursive, FollowSymlinks = _o.FollowSymlinks, MaxFileSize = _o.SkipLarger };
        IEnumerable<string> files = FileWalker.Walk([_o.Target], walkerOptions, (path, message) => ReportError(path, message));
        var scanOptions = new ScanOptions
        {
            Timeout = _o.TimeoutSeconds > 0 ? TimeSpan.FromSeconds(_o.TimeoutSeconds) : null,
            FastMode = _o.Fast,
            IncludeNonMatching = _o.Negate,
            Profile = _o.Profile,
        };

        using var workers = new ThreadLocal<(YaraScanner Scanner, FileLoader Loader)>(() => (_rules.CreateScanner(scanOptions), new FileLoader()), trackAllValues: _o.Profile);
        // One file at a time per thread: the default chunking hands out growing batches of
        // paths, and a batch holding large files left the other threads idle at the end.
        Parallel.ForEach(Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = _o.Threads }, path =>
        {
            (YaraScanner scanner, FileLoader loader) = workers.Value;
            ScanOne(path, scanner, loader, showPathInCount: !targetIsFile);
        });

        if (_o.Json)
        {
            WriteJsonDocument();
        }

        _context.Output.Flush();
        if (_o.Profile)
        {
            YaraProfileReport.Write(workers.Values.Select(w => w.Scanner.Profile!), _context.Error);
        }

        // yara: 1 when the named target itself cannot be read; errors inside a folder are reported only.
        bool targetExists = targetIsFile || Directory.Exists(_o.Target);
        return !targetExists || (targetIsFile && _errors > 0) ? 1 : 0;
    }

    private void ScanOne(string path, YaraScanner scanner, FileLoader loader, bool showPathInCount)
    {
        ScanResult result;
        try
        {
            result = scanner.Scan(loader.Load(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ReportError(path, "could not open file");
            return;
        }

        if (result.TimedOut)
        {
            ReportError(path, "timeout");
        }

        var reported = result.Rules.Where(r => r.Matched != _o.Negate).Where(Selected).ToList();
        if (_o.MaxRules > 0 && reported.Count > _o.MaxRules)
        {
            reported = reported.Take(_o.MaxRules).ToList();
        }

        var sb = new StringBuilder();
        if (_o.Json || _o.JsonLines)
        {
            lock (_outputGate)
            {
                _files++;
                _matchedFiles += reported.Count > 0 ? 1 : 0;
                foreach (RuleMatch r in reported)
                {
                    string line = YaraJsonFormatter.MatchLine(r, path);
                    if (_o.JsonLines)
                    {
                        _context.Output.WriteLine(line);
                    }
                    else
                    {
                        _jsonMatches.Add(line);
                    }
                }
            }

            return;
        }

        if (_o.Count)
        {
            sb.Append(showPathInCount ? $"{path}: {reported.Count}\n" : $"{reported.Count}\n");
        }
        else
        {
            foreach (RuleMatch r in reported)
            {
                YaraTextFormatter.WriteRule(sb, r, path, _o);
            }
        }

        lock (_outputGate)
        {
            _files++;
            _context.Output.Write(sb.ToString());
        }
    }

    private bool Selected(RuleMatch r) =>
        (_o.Tags.Count == 0 || r.Tags.Any(t => _o.Tags.Contains(t))) && (_o.Identifiers.Count == 0 || _o.Identifiers.Contains(r.Rule));

    private void ReportError(string path, string message)
    {
        lock (_outputGate)
        {
            _errors++;
            if (_o.JsonLines)
            {
                _context.Output.WriteLine(YaraJsonFormatter.ErrorLine(path, message));
            }
            else if (_o.Json)
            {
                _jsonErrors.Add(YaraJsonFormatter.ErrorLine(path, message));
            }

            _context.Error.WriteLine($"error scanning {path}: {message}");
        }
    }

    private void WriteJsonDocument()
    {
        var sb = new StringBuilder();
        sb.Append("{\"matches\":[").AppendJoin(',', _jsonMatches).Append("],\"errors\":[").AppendJoin(',', _jsonErrors).Append("],");
        sb.Append($"\"summary\":{{\"files\":{_files},\"files_with_matches\":{_matchedFiles},\"errors\":{_errors},\"rules\":{_rules.RuleCount}}}}}");
        using JsonDocument doc = JsonDocument.Parse(sb.ToString());
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            doc.WriteTo(w);
        }

        _context.Output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
