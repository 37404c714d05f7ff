using System.Globalization;
using Semitori.Formats.Evtx;

namespace Semitori.Sigma.Events;

/// <summary>Adapts an EVTX record's flat field view (<see cref="EvtxFieldView"/>) to <see cref="IEvent"/>.</summary>
public sealed class EvtxEvent : IEvent
{
    private readonly IReadOnlyDictionary<string, EvtxValue> _fields;

    public EvtxEvent(EvtxRecord record)
    {
        Record = record;
        _fields = record.Fields();
        Timestamp = _fields.TryGetValue("TimeCreated_SystemTime", out EvtxValue? time)
                    && DateTime.TryParse(time.ToText(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime parsed)
            ? parsed
            : record.Written;
    }

    public EvtxRecord Record { get; }

    public DateTime? Timestamp { get; }

    public IEnumerable<object?> Values => _fields.Values.Select(Convert);

    public IReadOnlyDictionary<string, EvtxValue> Fields => _fields;

    public bool TryGetField(string name, out object? value)
    {
        if (_fields.TryGetValue(name, out EvtxValue? found))
        {
            value = Convert(found);
            return true;
        }

        value = null;
        return false;
    }

    private static object? Convert(EvtxValue value) => value.Data switch
    {
        null => null,
        EvtxValue[] items => items.Select(Convert).ToArray(),
        string or long or ulong or double or bool => value.Data,
        _ => value.ToText(),
    };
}
