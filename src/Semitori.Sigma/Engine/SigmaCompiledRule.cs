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

    /// <summary>Correlation rules may suppress output of the rules they reference (<c>generate: false</c>).</summary>
    public bool Generate { get; internal set; } = true;

    public bool Matches(IEvent evt)
    {
        foreach ((LogSourceVariant variant, SearchNode detection) in _variants)
        {
            if (Applies(variant, evt) && detection.Evaluate(evt))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Applies(LogSourceVariant variant, IEvent evt)
    {
        if (variant.Channels.Count > 0
            && !(evt.TryGetField("Channel", out object? channel) && EventText.ToText(channel) is { } c && variant.Channels.Contains(c)))
        {
            return false;
        }

        return variant.EventIds.Count == 0
               || (evt.TryGetField("EventID", out object? id) && EventText.ToText(id) is { } i && variant.EventIds.Contains(i));
    }
}
