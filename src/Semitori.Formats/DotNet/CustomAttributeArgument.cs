namespace Semitori.Formats.DotNet;

/// <summary>
/// One decoded fixed argument of a custom attribute. <see cref="Value"/> is a string, bool, char,
/// a boxed integer or floating type, an array of arguments, or null (a null string or type).
/// </summary>
public sealed record CustomAttributeArgument(string Type, object? Value)
{
    public override string ToString() => Value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IReadOnlyList<CustomAttributeArgument> items => $"[{string.Join(", ", items)}]",
        _ => Convert.ToString(Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
