using Semitori.Sigma.Events;
using Semitori.Sigma.Model;

namespace Semitori.Sigma.Engine;

/// <summary>A rule firing: one event for detection rules, the window's events for correlations.</summary>
public sealed record SigmaDetection(SigmaRule Rule, DateTime? Timestamp, IReadOnlyList<IEvent> Events, bool IsCorrelation = false, string? GroupKey = null)
{
    public IEvent Event => Events[0];
}
