using Semitori.Sigma.Events;

namespace Semitori.Sigma.Matching;

/// <summary>
/// One <c>Field|modifiers: values</c> entry. The field's value (each item, for multi-valued
/// fields) must match one of the values, or all of them with <c>|all</c>. A YAML null matches a
/// missing, null or empty field; <c>|exists</c> tests presence only.
/// </summary>
internal sealed class FieldSearch : SearchNode
{
    private readonly string _field;
    private readonly IReadOnlyList<IValueMatcher> _matchers;
    private readonly bool _all;
    private readonly bool _matchNull;
    private readonly bool? _exists;

    public FieldSearch(string field, IReadOnlyList<IValueMatcher> matchers, bool all, bool matchNull, bool? exists)
    {
        _field = field;
        _matchers = matchers;
        _all = all;
        _matchNull = matchNull;
        _exists = exists;
    }

    public override bool Evaluate(IEvent evt)
    {
        bool present = evt.TryGetField(_field, out object? value);
        if (_exists is { } wanted)
        {
            return present == wanted;
        }

        if (!present || value is null || (value is string { Length: 0 } && _matchNull))
        {
            return _matchNull;
        }

        if (_matchers.Count == 0)
        {
            return false;
        }

        if (_all)
        {
            foreach (IValueMatcher matcher in _matchers)
            {
                if (!AnyItem(matcher, value, evt))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (IValueMatcher matcher in _matchers)
        {
            if (AnyItem(matcher, value, evt))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyItem(IValueMatcher matcher, object? value, IEvent evt)
    {
        if (value is object?[] items)
        {
            foreach (object? item in items)
            {
                if (matcher.Matches(item, evt))
                {
                    return true;
                }
            }

            return false;
        }

        return matcher.Matches(value, evt);
    }
}
