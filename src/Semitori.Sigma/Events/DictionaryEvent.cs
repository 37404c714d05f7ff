namespace Semitori.Sigma.Events;

/// <summary>An event made of a field dictionary: synthetic events in tests, JSON logs.</summary>
public sealed class DictionaryEvent : IEvent
{
    private readonly IReadOnlyDictionary<string, object?> _fields;

    public DictionaryEvent(IReadOnlyDictionary<string, object?> fields, DateTime? timestamp = null)
    {
        _fields = fields;
        Timestamp = timestamp;
    }

    public DateTime? Timestamp { get; }

    public IEnumerable<object?> Values => _fields.Values;

    public IReadOnlyDictionary<string, object?> Fields => _fields;

    public bool TryGetField(string name, out object? value) => _fields.TryGetValue(name, out value);
}
