using Semitori.Sigma.Model;

namespace Semitori.Sigma.Correlation;

/// <summary>A compiled correlation rule.</summary>
public sealed class SigmaCorrelationRule
{
    public required SigmaRule Rule { get; init; }

    public required SigmaCorrelationType Type { get; init; }

    /// <summary>Referenced rules by id or name, in the order written (order matters for temporal_ordered).</summary>
    public required IReadOnlyList<string> RuleReferences { get; init; }

    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>Group-by aliases: alias → referenced rule name (or id) → the field read in that rule's events.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// The field a group-by name reads in events of <paramref name="rule"/>: the alias's field for
    /// that rule when the name is an alias that lists it, else the name itself.
    /// </summary>
    internal string GroupField(string groupBy, SigmaRule rule)
        => Aliases.TryGetValue(groupBy, out IReadOnlyDictionary<string, string>? byRule)
           && ((rule.Name is { } name && byRule.TryGetValue(name, out string? field)) || (rule.Id is { } id && byRule.TryGetValue(id, out field)))
            ? field
            : groupBy;

    public required TimeSpan Timespan { get; init; }

    /// <summary>Comparison (gt, gte, lt, lte, eq) and its bound; temporal types need no condition.</summary>
    public string Operator { get; init; } = "gte";

    public long Threshold { get; init; } = 1;

    /// <summary>The field whose distinct values value_count counts.</summary>
    public string? ValueField { get; init; }

    public bool Generate { get; init; }

    internal bool Satisfied(long count) => Operator switch
    {
        "gt" => count > Threshold,
        "gte" => count >= Threshold,
        "lt" => count < Threshold,
        "lte" => count <= Threshold,
        "eq" => count == Threshold,
        _ => false,
    };
}
