using System.Globalization;

namespace Semitori.Sigma.Matching;

/// <summary>How event values are seen as text by string modifiers (invariant culture, EVTX style).</summary>
internal static class EventText
{
    public static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A field value, or each item of a multi-valued field.</summary>
    public static IEnumerable<object?> Items(object? value)
    {
        if (value is object?[] array)
        {
            return array;
        }

        if (value is not string && value is IEnumerable<object?> list)
        {
            return list;
        }

        return [value];
    }
}
