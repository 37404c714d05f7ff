using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Modifiers;

/// <summary>
/// <c>fieldref</c>: the field equals (or, combined with contains/startswith/endswith, contains…)
/// the value of another field of the same event, case-insensitively.
/// </summary>
internal sealed class FieldRefMatcher(string otherField, SigmaModifier? shape, bool cased) : IValueMatcher
{
    public bool Matches(object? value, IEvent evt)
    {
        string? text = EventText.ToText(value);
        if (text is null || !evt.TryGetField(otherField, out object? other) || EventText.ToText(other) is not { } reference)
        {
            return false;
        }

        StringComparison comparison = cased ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return shape switch
        {
            SigmaModifier.Contains => text.Contains(reference, comparison),
            SigmaModifier.StartsWith => text.StartsWith(reference, comparison),
            SigmaModifier.EndsWith => text.EndsWith(reference, comparison),
            _ => string.Equals(text, reference, comparison),
        };
    }
}
