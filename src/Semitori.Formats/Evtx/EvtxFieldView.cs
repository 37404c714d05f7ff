namespace Semitori.Formats.Evtx;

/// <summary>
/// The flat field view Sigma rules address: System children by name (<c>EventID</c>,
/// <c>Channel</c>, <c>Computer</c>…), System attributes as <c>Element_Attribute</c>
/// (<c>Provider_Name</c>, as Hayabusa and Chainsaw name them) and by bare attribute name when
/// free (<c>ProcessID</c>, <c>UserID</c>, <c>SystemTime</c>), EventData <c>Data Name="X"</c> as
/// <c>X</c>, unnamed <c>Data</c> items as an array under <c>Data</c>, and UserData leaves by name
/// and by their path below UserData (<c>LogFileCleared.Channel</c>).
/// </summary>
public static class EvtxFieldView
{
    /// <summary>
    /// Element text as the evtx crate renders it, without surrounding whitespace (Sysmon's
    /// command lines often end in a space). SigmaHQ's regression renderings and match counts
    /// were produced that way, so matching sees the same text.
    /// </summary>
    public static string TrimText(string text) => text.Trim();

    public static IReadOnlyDictionary<string, EvtxValue> Flatten(EvtxElement root)
    {
        var fields = new Dictionary<string, EvtxValue>(StringComparer.Ordinal);
        if (root.Element("System") is { } system)
        {
            AddSystem(system, fields);
        }

        if (root.Element("EventData") is { } eventData)
        {
            AddEventData(eventData, fields);
        }

        if (root.Element("UserData") is { } userData)
        {
            foreach (EvtxElement child in userData.Elements)
            {
                AddLeaves(child, child.Name, fields);
            }
        }

        return fields;
    }

    private static void AddSystem(EvtxElement system, Dictionary<string, EvtxValue> fields)
    {
        foreach (EvtxElement element in system.Elements)
        {
            if (element.SingleValue() is { } value)
            {
                fields.TryAdd(element.Name, Trimmed(value));
            }

            foreach (EvtxAttribute attribute in element.Attributes)
            {
                fields.TryAdd($"{element.Name}_{attribute.Name}", attribute.Value);
                fields.TryAdd(attribute.Name, attribute.Value);
            }
        }
    }

    private static void AddEventData(EvtxElement eventData, Dictionary<string, EvtxValue> fields)
    {
        var unnamed = new List<EvtxValue>();
        foreach (EvtxElement element in eventData.Elements)
        {
            EvtxValue value = Trimmed(element.SingleValue() ?? EvtxValue.FromString(element.InnerText()));
            if (element.Name == "Data" && element.Attribute("Name") is { IsNull: false } name)
            {
                fields.TryAdd(name.ToText(), value);
            }
            else if (element.Name == "Data")
            {
                unnamed.Add(value);
            }
            else
            {
                fields.TryAdd(element.Name, value);
            }
        }

        if (unnamed.Count > 0)
        {
            fields.TryAdd("Data", unnamed.Count == 1 ? unnamed[0] : new EvtxValue(EvtxValueType.String | EvtxValueType.ArrayFlag, unnamed.ToArray()));
        }
    }

    /// <summary>
    /// Adds a UserData leaf under its bare name (first one wins) and under its dotted path below
    /// UserData. The path keeps leaves reachable whose bare name a System field already holds:
    /// the log-cleared event (104/1102) names the cleared log in <c>LogFileCleared/Channel</c>,
    /// which the bare <c>Channel</c> (the System channel) shadows.
    /// </summary>
    private static void AddLeaves(EvtxElement element, string path, Dictionary<string, EvtxValue> fields)
    {
        bool hasChildElements = false;
        foreach (EvtxElement child in element.Elements)
        {
            hasChildElements = true;
            AddLeaves(child, path + "." + child.Name, fields);
        }

        if (!hasChildElements)
        {
            EvtxValue value = Trimmed(element.SingleValue() ?? EvtxValue.FromString(element.InnerText()));
            fields.TryAdd(element.Name, value);
            fields.TryAdd(path, value);
        }
    }

    private static EvtxValue Trimmed(EvtxValue value)
        => value.Data is string s && s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
            ? new EvtxValue(value.Type, TrimText(s))
            : value;
}
