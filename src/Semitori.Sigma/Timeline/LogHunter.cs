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
        var matcher = new SigmaMatcher(_rules);
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
                foreach (EvtxRecord record in reader.ReadRecords())
                {
                    records++;
                    var evt = new EvtxEvent(record);
                    if (!InRange(evt.Timestamp))
                    {
                        continue;
                    }

                    foreach (SigmaCompiledRule rule in matcher.Match(evt))
                    {
                        correlator.Observe(rule, evt);
                        if (rule.Generate && Wanted(rule.Rule))
                        {
                            entries.Add(Entry(rule.Rule, evt, file));
                        }
                    }
                }

                // One line per damaged file: the anomalies are for diagnosis, the hunt went on.
                List<FormatAnomaly> damage = anomalies.Items.Where(a => a.Code is not EvtxAnomalyCodes.DirtyFile).ToList();
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
        return new LogHuntResult(ordered, files.Count, records, matcher.Evaluations, problems);
    }

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
