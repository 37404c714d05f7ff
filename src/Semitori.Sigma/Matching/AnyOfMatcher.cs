using Semitori.Sigma.Events;

namespace Semitori.Sigma.Matching;

/// <summary>
/// The variants one rule value became (windash, base64offset, expand): any of them is a match
/// for that value, so <c>|all</c> still means "every value", not "every variant".
/// </summary>
internal sealed class AnyOfMatcher(IReadOnlyList<IValueMatcher> variants) : IValueMatcher
{
    public bool Matches(object? value, IEvent evt)
    {
        foreach (IValueMatcher variant in variants)
        {
            if (variant.Matches(value, evt))
            {
                return true;
            }
        }

        return false;
    }
}
