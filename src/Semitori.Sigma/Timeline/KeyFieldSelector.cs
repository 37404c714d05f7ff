using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;
using Semitori.Sigma.Model;

namespace Semitori.Sigma.Timeline;

/// <summary>
/// Chooses the fields shown with a hit: the rule's own <c>fields:</c> list when the event has
/// them, otherwise the usual explanatory fields of Windows events.
/// </summary>
internal static class KeyFieldSelector
{
    private const int MaxFields = 4;

    private static readonly string[] Defaults =
    [
        "CommandLine", "Image", "ParentImage", "TargetFilename", "TargetObject", "Details", "ServiceName", "ImagePath",
        "QueryName", "DestinationIp", "ScriptBlockText", "SubjectUserName", "TargetUserName", "User", "IpAddress",
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Select(SigmaRule rule, IEvent evt)
    {
        var selected = new List<KeyValuePair<string, string>>();
        foreach (string field in rule.Fields.Concat(Defaults).Distinct(StringComparer.Ordinal))
        {
            if (selected.Count >= MaxFields)
            {
                break;
            }

            if (evt.TryGetField(field, out object? value) && Text(value) is { Length: > 0 } text)
            {
                selected.Add(new KeyValuePair<string, string>(field, text));
            }
        }

        return selected;
    }

    private static string? Text(object? value)
        => value is object?[] items ? string.Join(",", items.Select(EventText.ToText)) : EventText.ToText(value);
}
