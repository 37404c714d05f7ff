using Semitori.Sigma.Events;

namespace Semitori.Sigma.Matching;

/// <summary>
/// A keyword list: the value occurs in any field of the event (the spec's full-text search;
/// values are compared as contains, as pySigma's default for keywords). OR over values, AND with
/// <c>|all</c>.
/// </summary>
internal sealed class KeywordSearch(IReadOnlyList<IValueMatcher> matchers, bool all) : SearchNode
{
    public override bool Evaluate(IEvent evt)
    {
        foreach (IValueMatcher matcher in matchers)
        {
            bool found = AnyValue(matcher, evt);
            if (all && !found)
            {
                return false;
            }

            if (!all && found)
            {
                return true;
            }
        }

        return all && matchers.Count > 0;
    }

    private static bool AnyValue(IValueMatcher matcher, IEvent evt)
    {
        foreach (object? value in evt.Values)
        {
            foreach (object? item in EventText.Items(value))
            {
                if (matcher.Matches(item, evt))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
