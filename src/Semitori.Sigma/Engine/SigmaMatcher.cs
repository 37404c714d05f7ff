using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Engine;

/// <summary>
/// Evaluates a rule set against events, one thread per matcher. Rules are indexed by channel so
/// an event is only tested against rules whose logsource can produce it.
/// </summary>
public sealed class SigmaMatcher
{
    private readonly Dictionary<string, List<SigmaCompiledRule>> _byChannel = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SigmaCompiledRule> _anyChannel = [];

    public SigmaMatcher(SigmaRuleSet rules)
    {
        foreach (SigmaCompiledRule rule in rules.Rules)
        {
            string[] channels = rule.Channels.ToArray();
            if (channels.Length == 0)
            {
                _anyChannel.Add(rule);
                continue;
            }

            foreach (string channel in channels)
            {
                if (!_byChannel.TryGetValue(channel, out List<SigmaCompiledRule>? list))
                {
                    _byChannel[channel] = list = [];
                }

                list.Add(rule);
            }
        }
    }

    /// <summary>Rules tested so far (for rules×events throughput figures).</summary>
    public long Evaluations { get; private set; }

    /// <summary>Every rule that matches the event, whether or not it generates output itself.</summary>
    public List<SigmaCompiledRule> Match(IEvent evt)
    {
        var matched = new List<SigmaCompiledRule>();
        if (evt.TryGetField("Channel", out object? channel) && EventText.ToText(channel) is { } name
            && _byChannel.TryGetValue(name, out List<SigmaCompiledRule>? candidates))
        {
            Test(candidates, evt, matched);
        }

        Test(_anyChannel, evt, matched);
        return matched;
    }

    private void Test(List<SigmaCompiledRule> rules, IEvent evt, List<SigmaCompiledRule> matched)
    {
        Evaluations += rules.Count;
        foreach (SigmaCompiledRule rule in rules)
        {
            if (rule.Matches(evt))
            {
                matched.Add(rule);
            }
        }
    }
}
