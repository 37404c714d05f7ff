using System.Globalization;
using Semitori.Formats.Evtx;

namespace Semitori.Sigma.Events;

/// <summary>Adapts an EVTX record's flat field view (<see cref="EvtxFieldView"/>) to <see cref="IEvent"/>.</summary>
public sealed class EvtxEvent : IEvent
{
    private readonly IReadOnlyDictionary<string, EvtxValue> _fields;
    private Dictionary<string, EvtxValue>? _compact;

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
        if (_fields.TryGetValue(name, out EvtxValue? found) || CompactNames().TryGetValue(name, out found))
        {
            value = Convert(found);
            return true;
        }

        value = null;
        return false;
    }

    // Defender and a few other providers name data with spaces ("Threat Name"); Sigma rules
    // write them without ("ThreatName"), as SigmaHQ's checker and Hayabusa resolve them.
    private Dictionary<string, EvtxValue> CompactNames()
    {
        if (_compact is null)
        {
            _compact = new Dictionary<string, EvtxValue>(StringComparer.Ordinal);
            foreach ((string key, EvtxValue v) in _fields)
            {
                if (key.Contains(' '))
                {
                    _compact.TryAdd(key.Replace(" ", string.Empty, StringComparison.Ordinal), v);
                }
            }
        }

        return _compact;
    }

    private static object? Convert(EvtxValue value) => value.Data switch
    {
        null => null,
        EvtxValue[] items => items.Select(Convert).ToArray(),
        string or long or ulong or double or bool => value.Data,
        _ => value.ToText(),
    };
}
