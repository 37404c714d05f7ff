using Semitori.Sigma.Events;
using Semitori.Sigma.Mapping;
using Semitori.Sigma.Matching;
using Semitori.Sigma.Model;

namespace Semitori.Sigma.Engine;

/// <summary>A detection rule ready to evaluate: one compiled detection per logsource variant.</summary>
public sealed class SigmaCompiledRule
{
    private readonly IReadOnlyList<(LogSourceVariant Variant, SearchNode Detection)> _variants;

    internal SigmaCompiledRule(SigmaRule rule, IReadOnlyList<(LogSourceVariant, SearchNode)> variants, bool logSourceMapped)
    {
        Rule = rule;
        _variants = variants;
        LogSourceMapped = logSourceMapped;
    }

    public SigmaRule Rule { get; }

    /// <summary>False when the logsource had no mapping and the rule runs on every event.</summary>
    public bool LogSourceMapped { get; }

    /// <summary>Channels this rule can match, or empty when any channel can.</summary>
    public IEnumerable<string> Channels => _variants.Any(v => v.Variant.Channels.Count == 0)
        ? []
        : _variants.SelectMany(v => v.Variant.Channels).Distinct(StringComparer.OrdinalIgnoreCase);

    internal IEnumerable<LogSourceVariant> Variants => _variants.Select(v => v.Variant);

    /// <summary>Correlation rules may suppress output of the rules they reference (<c>generate: false</c>).</summary>
    public bool Generate { get; internal set; } = true;

    public bool Matches(IEvent evt)
        => Matches(evt, Text(evt, "Channel"), Text(evt, "EventID"));

    /// <summary>Matches with the event's channel and event id already read (the matcher reads
    /// them once per event, not once per rule).</summary>
    internal bool Matches(IEvent evt, string? channel, string? eventId)
    {
        foreach ((LogSourceVariant variant, SearchNode detection) in _variants)
        {
            if (Applies(variant, channel, eventId) && detection.Evaluate(evt))
            {
                return true;
            }
        }

        return false;
    }

    internal static string? Text(IEvent evt, string field) => evt.TryGetField(field, out object? value) ? EventText.ToText(value) : null;

    private static bool Applies(LogSourceVariant variant, string? channel, string? eventId)
        => (variant.Channels.Count == 0 || (channel is not null && variant.Channels.Contains(channel)))
           && (variant.EventIds.Count == 0 || (eventId is not null && variant.EventIds.Contains(eventId)));
}
