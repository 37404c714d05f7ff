using Semitori.Sigma.Events;
using Semitori.Sigma.Mapping;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Engine;

/// <summary>
/// Evaluates a rule set against events, one thread per matcher. Rules are indexed by channel and
/// event id (when every logsource variant names both), else by channel, so an event is only
/// tested against rules whose logsource can produce it.
/// </summary>
public sealed class SigmaMatcher
{
    private readonly Dictionary<string, List<SigmaCompiledRule>> _byChannel = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<SigmaCompiledRule>> _byChannelAndId = new(StringComparer.OrdinalIgnoreCase);
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

            if (rule.Variants.All(v => v.Channels.Count > 0 && v.EventIds.Count > 0))
            {
                foreach (LogSourceVariant variant in rule.Variants)
                {
                    foreach (string key in variant.Channels.SelectMany(c => variant.EventIds.Select(id => Key(c, id))))
                    {
                        Add(_byChannelAndId, key, rule);
                    }
                }

                continue;
            }

            foreach (string channel in channels)
            {
                Add(_byChannel, channel, rule);
            }
        }
    }

    private static string Key(string channel, string eventId) => channel + "\u001F" + eventId;

    private static void Add(Dictionary<string, List<SigmaCompiledRule>> index, string key, SigmaCompiledRule rule)
    {
        if (!index.TryGetValue(key, out List<SigmaCompiledRule>? list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(rule))
        {
            list.Add(rule);
        }
    }

    /// <summary>Rules tested so far (for rules×events throughput figures).</summary>
    public long Evaluations { get; private set; }

    /// <summary>Every rule that matches the event, whether or not it generates output itself.</summary>
    public List<SigmaCompiledRule> Match(IEvent evt)
    {
        var matched = new List<SigmaCompiledRule>();
        string? channel = SigmaCompiledRule.Text(evt, "Channel");
        string? eventId = SigmaCompiledRule.Text(evt, "EventID");
        if (channel is not null && _byChannel.TryGetValue(channel, out List<SigmaCompiledRule>? candidates))
        {
            Test(candidates, evt, channel, eventId, matched);
        }

        if (channel is not null && eventId is not null && _byChannelAndId.TryGetValue(Key(channel, eventId), out List<SigmaCompiledRule>? exact))
        {
            Test(exact, evt, channel, eventId, matched);
        }

        Test(_anyChannel, evt, channel, eventId, matched);
        return matched;
    }

    private void Test(List<SigmaCompiledRule> rules, IEvent evt, string? channel, string? eventId, List<SigmaCompiledRule> matched)
    {
        Evaluations += rules.Count;
        foreach (SigmaCompiledRule rule in rules)
        {
            if (rule.Matches(evt, channel, eventId))
            {
                matched.Add(rule);
            }
        }
    }
}
