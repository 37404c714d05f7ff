using Semitori.Formats.Common;
using Semitori.Formats.Evtx;
using Semitori.Sigma.Correlation;
using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Timeline;

/// <summary>
/// Runs a rule set over EVTX files and builds the timeline. Files are streamed chunk by chunk;
/// only hits (and the matches correlations need) are kept, so memory does not grow with the logs.
/// </summary>
public sealed class LogHunter
{
    private readonly SigmaRuleSet _rules;
    private readonly LogHuntOptions _options;

    public LogHunter(SigmaRuleSet rules, LogHuntOptions? options = null)
    {
        _rules = rules;
        _options = options ?? new LogHuntOptions();
    }

    /// <summary>Expands folders to the <c>.evtx</c> files below them, in a stable order.</summary>
    public static List<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.evtx", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    public LogHuntResult Run(IReadOnlyList<string> files)
    {
        // One matcher per worker thread (a matcher keeps per-thread counters); the rule set is shared.
        using var matchers = new ThreadLocal<SigmaMatcher>(() => new SigmaMatcher(_rules), trackAllValues: true);
        var correlator = new SigmaCorrelator(_rules);
        var entries = new List<TimelineEntry>();
        var problems = new List<string>();
        long records = 0;
        for (int i = 0; i < files.Count; i++)
        {
            string file = files[i];
            try
            {
                var anomalies = new AnomalyCollector();
                using EvtxReader reader = EvtxReader.FromFile(file, new EvtxReaderOptions { Listener = anomalies });
                // Chunks are parsed and matched in parallel; their hits come back in file order, so
                // correlations and the timeline see events exactly as a sequential run would.
                foreach (ChunkHits chunk in reader.ProcessChunksParallel(_options.MaxDegreeOfParallelism, batch => MatchChunk(batch, matchers.Value!)))
                {
                    records += chunk.Records;
                    foreach ((EvtxEvent evt, List<SigmaCompiledRule> matched) in chunk.Hits)
                    {
                        foreach (SigmaCompiledRule rule in matched)
                        {
                            correlator.Observe(rule, evt);
                            if (rule.Generate && Wanted(rule.Rule))
                            {
                                entries.Add(Entry(rule.Rule, evt, file));
                            }
                        }
                    }
                }

                // One line per damaged file: the anomalies are for diagnosis, the hunt went on.
                // Sorted by offset, since parallel chunks report in any order.
                List<FormatAnomaly> damage = anomalies.Items.Where(a => a.Code is not EvtxAnomalyCodes.DirtyFile).OrderBy(a => a.Offset).ToList();
                if (damage.Count > 0)
                {
                    problems.Add($"{file}: {damage.Count + anomalies.Dropped} anomalies, damaged parts skipped (first: {damage[0]})");
                }
            }
            catch (IOException e)
            {
                problems.Add($"{file}: {e.Message}");
            }
            catch (UnauthorizedAccessException e)
            {
                problems.Add($"{file}: {e.Message}");
            }

            _options.Progress?.Invoke(i + 1, files.Count, records);
        }

        foreach (SigmaDetection detection in correlator.Complete().Where(d => Wanted(d.Rule)))
        {
            TimelineEntry first = Entry(detection.Rule, detection.Events[^1], null);
            entries.Add(first with { Time = detection.Timestamp, EventCount = detection.Events.Count, IsCorrelation = true });
        }

        List<TimelineEntry> ordered = entries.OrderBy(e => e.Time ?? DateTime.MinValue).ThenBy(e => e.Rule.Title, StringComparer.Ordinal).ToList();
        return new LogHuntResult(ordered, files.Count, records, matchers.Values.Sum(m => m.Evaluations), problems);
    }

    /// <summary>Runs on a worker thread: builds the events of one chunk and keeps those some rule matched.</summary>
    private ChunkHits MatchChunk(IEnumerable<EvtxRecord> batch, SigmaMatcher matcher)
    {
        var hits = new List<(EvtxEvent, List<SigmaCompiledRule>)>();
        int count = 0;
        foreach (EvtxRecord record in batch)
        {
            count++;
            var evt = new EvtxEvent(record);
            if (!InRange(evt.Timestamp))
            {
                continue;
            }

            List<SigmaCompiledRule> matched = matcher.Match(evt);
            if (matched.Count > 0)
            {
                hits.Add((evt, matched));
            }
        }

        return new ChunkHits(count, hits);
    }

    private sealed record ChunkHits(int Records, List<(EvtxEvent Event, List<SigmaCompiledRule> Rules)> Hits);

    private bool InRange(DateTime? time)
        => time is null || ((_options.From is null || time >= _options.From) && (_options.To is null || time <= _options.To));

    private bool Wanted(Model.SigmaRule rule)
        => rule.Level >= _options.MinLevel
           && (_options.Tags.Count == 0 || rule.Tags.Any(t => _options.Tags.Any(w =>
               t.Equals(w, StringComparison.OrdinalIgnoreCase) || t.StartsWith(w + ".", StringComparison.OrdinalIgnoreCase))));

    private static TimelineEntry Entry(Model.SigmaRule rule, IEvent evt, string? file) => new()
    {
        Time = evt.Timestamp,
        Computer = Field(evt, "Computer") ?? string.Empty,
        Rule = rule,
        KeyFields = KeyFieldSelector.Select(rule, evt),
        File = file,
        Channel = Field(evt, "Channel"),
        EventId = Field(evt, "EventID"),
        RecordId = Field(evt, "EventRecordID"),
    };

    private static string? Field(IEvent evt, string name) => evt.TryGetField(name, out object? value) ? EventText.ToText(value) : null;
}
