using System.Globalization;

namespace Semitori.Formats.Evtx;

/// <summary>
/// A typed value from a record: <see cref="Data"/> holds a long, ulong, double, bool, string,
/// <see cref="EvtxElement"/> (nested BinXml) or <see cref="EvtxValue"/>[] (arrays). Text forms
/// follow the evtx crate's JSON so renderings compare equal to the SigmaHQ regression data.
/// </summary>
public sealed class EvtxValue
{
    public static readonly EvtxValue Null = new(EvtxValueType.Null, null);

    public EvtxValue(EvtxValueType type, object? data)
    {
        Type = type;
        Data = data;
    }

    public EvtxValueType Type { get; }

    public object? Data { get; }

    public bool IsNull => Data is null;

    /// <summary>True when JSON renders the value as a number.</summary>
    public bool IsNumber => Data is long or ulong or double;

    public IReadOnlyList<EvtxValue>? Items => Data as EvtxValue[];

    public static EvtxValue FromString(string text) => new(EvtxValueType.String, text);

    /// <summary>The value as it appears in XML text and in string comparisons.</summary>
    public string ToText() => Data switch
    {
        null => string.Empty,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong u => u.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        EvtxValue[] items => string.Join(",", items.Select(i => i.ToText())),
        EvtxElement e => e.InnerText(),
        _ => Data.ToString() ?? string.Empty,
    };

    public override string ToString() => ToText();
}
