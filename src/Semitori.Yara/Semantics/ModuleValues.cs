namespace Semitori.Yara.Semantics;

/// <summary>
/// Converts module host objects to condition values. Modules build trees of
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> (structures and dictionaries),
/// <c>IReadOnlyList&lt;object?&gt;</c> (arrays) and primitives; a <c>Func&lt;object?&gt;</c>
/// is a lazily computed value (parsed on first use), null is undefined.
/// </summary>
internal static class ModuleValues
{
    public static object? Force(object? o) => o is Func<object?> f ? f() : o;

    public static Value ToValue(object? o)
    {
        o = Force(o);
        return o switch
        {
            null => Value.Undefined,
            IReadOnlyDictionary<string, object?> or IReadOnlyList<object?> => Value.Object(o),
            _ => Value.FromHost(o),
        };
    }
}
