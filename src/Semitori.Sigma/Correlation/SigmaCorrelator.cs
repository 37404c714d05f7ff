using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Correlation;

/// <summary>
/// Evaluates correlation rules over the detection-rule matches of a run. Matches are kept (only
/// those of referenced rules), then each correlation walks its groups in time order with a
/// sliding window; a window that satisfies the condition fires once and the window restarts
/// after it, so a burst gives one detection, not one per event.
/// </summary>
public sealed class SigmaCorrelator
{
    private readonly IReadOnlyList<SigmaCorrelationRule> _correlations;
    private readonly List<(SigmaCorrelationRule Correlation, int RefIndex, string Group, DateTime Time, IEvent Event)> _observed = [];

    public SigmaCorrelator(SigmaRuleSet rules) => _correlations = rules.Correlations;

    public int Pending => _observed.Count;

    /// <summary>Records that a detection rule matched an event.</summary>
    public void Observe(SigmaCompiledRule rule, IEvent evt)
    {
        if (evt.Timestamp is not { } time)
        {
            return;
        }

        foreach (SigmaCorrelationRule correlation in _correlations)
        {
            for (int i = 0; i < correlation.RuleReferences.Count; i++)
            {
                string reference = correlation.RuleReferences[i];
                if (reference == rule.Rule.Id || reference == rule.Rule.Name)
                {
                    _observed.Add((correlation, i, GroupKey(correlation, rule, evt), time, evt));
                }
            }
        }
    }

    /// <summary>Evaluates every correlation over what was observed.</summary>
    public List<SigmaDetection> Complete()
    {
        var detections = new List<SigmaDetection>();
        foreach (var byCorrelation in _observed.GroupBy(o => o.Correlation))
        {
            foreach (var group in byCorrelation.GroupBy(o => o.Group))
            {
                var items = group.OrderBy(o => o.Time).Select(o => (o.RefIndex, o.Time, o.Event)).ToList();
                detections.AddRange(Evaluate(byCorrelation.Key, group.Key, items));
            }
        }

        return detections.OrderBy(d => d.Timestamp).ToList();
    }

    private static IEnumerable<SigmaDetection> Evaluate(SigmaCorrelationRule correlation, string group, List<(int RefIndex, DateTime Time, IEvent Event)> items)
    {
        int start = 0;
        for (int end = 0; end < items.Count; end++)
        {
            while (items[end].Time - items[start].Time > correlation.Timespan)
            {
                start++;
            }

            var window = items.GetRange(start, end - start + 1);
            if (WindowFires(correlation, window))
            {
                yield return new SigmaDetection(correlation.Rule, items[end].Time, window.Select(w => w.Event).ToList(), IsCorrelation: true, GroupKey: group);
                start = end + 1;
            }
        }
    }

    private static bool WindowFires(SigmaCorrelationRule correlation, List<(int RefIndex, DateTime Time, IEvent Event)> window) => correlation.Type switch
    {
        SigmaCorrelationType.EventCount => correlation.Satisfied(window.Count),
        SigmaCorrelationType.ValueCount => correlation.Satisfied(window
            .Select(w => w.Event.TryGetField(correlation.ValueField ?? string.Empty, out object? v) ? EventText.ToText(v) : null)
            .Where(v => v is not null).Distinct(StringComparer.OrdinalIgnoreCase).Count()),
        SigmaCorrelationType.Temporal => window.Select(w => w.RefIndex).Distinct().Count() == correlation.RuleReferences.Count,
        _ => InOrder(window, correlation.RuleReferences.Count),
    };

    private static bool InOrder(List<(int RefIndex, DateTime Time, IEvent Event)> window, int count)
    {
        int next = 0;
        foreach ((int refIndex, _, _) in window)
        {
            if (refIndex == next && ++next == count)
            {
                return true;
            }
        }

        return false;
    }

    // Aliases let each referenced rule supply the group value from its own field name.
    private static string GroupKey(SigmaCorrelationRule correlation, SigmaCompiledRule rule, IEvent evt)
        => string.Join("\u001F", correlation.GroupBy.Select(f =>
            evt.TryGetField(correlation.GroupField(f, rule.Rule), out object? v) ? EventText.ToText(v) ?? string.Empty : string.Empty));
}
