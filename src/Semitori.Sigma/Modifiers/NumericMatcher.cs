using System.Globalization;
using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Modifiers;

/// <summary><c>lt</c>, <c>lte</c>, <c>gt</c>, <c>gte</c>: numeric comparison; hex field text (0x…) is read as a number.</summary>
internal sealed class NumericMatcher(SigmaModifier comparison, double bound) : IValueMatcher
{
    public bool Matches(object? value, IEvent evt)
    {
        double? number = ToNumber(value);
        return number is { } n && comparison switch
        {
            SigmaModifier.Lt => n < bound,
            SigmaModifier.Lte => n <= bound,
            SigmaModifier.Gt => n > bound,
            _ => n >= bound,
        };
    }

    public static double? ToNumber(object? value)
    {
        switch (value)
        {
            case long l: return l;
            case ulong u: return u;
            case double d: return d;
            case int i: return i;
        }

        string? text = EventText.ToText(value)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && ulong.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong hex))
        {
            return hex;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : null;
    }
}
