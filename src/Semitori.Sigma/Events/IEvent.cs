namespace Semitori.Sigma.Events;

/// <summary>
/// What the Sigma matcher sees of an event: named fields, the values for keyword search and a
/// time. Values are <see cref="string"/>, <see cref="long"/>, <see cref="ulong"/>,
/// <see cref="double"/>, <see cref="bool"/>, null, or a list of those (multi-valued fields).
/// </summary>
public interface IEvent
{
    bool TryGetField(string name, out object? value);

    /// <summary>Every field value, for keyword (field-less) searches.</summary>
    IEnumerable<object?> Values { get; }

    /// <summary>When the event happened (UTC), if known; correlation windows need it.</summary>
    DateTime? Timestamp { get; }
}
