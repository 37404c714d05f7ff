using System.Text.Json;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>Structural JSON comparison that names the first differing path.</summary>
internal static class JsonDiff
{
    public static string? Find(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {expected.GetRawText()}, got {actual.ValueKind} {actual.GetRawText()}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet();
                foreach (JsonProperty property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out JsonElement value))
                    {
                        return $"{path}.{property.Name}: missing";
                    }

                    actualNames.Remove(property.Name);
                    if (Find(property.Value, value, $"{path}.{property.Name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return actualNames.Count == 0 ? null : $"{path}: unexpected {string.Join(",", actualNames)}";
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path}: array length {expected.GetArrayLength()} != {actual.GetArrayLength()}";
                }

                for (int i = 0; i < expected.GetArrayLength(); i++)
                {
                    if (Find(expected[i], actual[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String when SameInstant(expected.GetString()!, actual.GetString()!):
                return null;
            default:
                return expected.GetRawText() == actual.GetRawText() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
        }
    }

    // The shipped renderings come from two evtx crate versions: most print FILETIMEs with
    // microseconds, a few with nanoseconds ("…26.751156500Z"). Both name the same instant.
    private static bool SameInstant(string expected, string actual)
        => expected.EndsWith('Z') && actual.EndsWith('Z') && expected.Length > 20 && actual.Length > 20
           && expected[..19] == actual[..19] && expected[19] == '.' && actual[19] == '.'
           && expected[20..^1].PadRight(9, '0')[..6] == actual[20..^1].PadRight(9, '0')[..6];
}
