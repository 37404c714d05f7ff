using Semitori.Sigma.Events;

namespace Semitori.Sigma.Matching;

/// <summary>Tests one field value (already resolved, never a list) against one rule value.</summary>
internal interface IValueMatcher
{
    bool Matches(object? value, IEvent evt);
}
