using System.Text;
using System.Text.Json;

namespace Semitori.Formats.Evtx;

/// <summary>
/// Renders a record tree as JSON in the evtx crate's shape (the shape of SigmaHQ's regression
/// renderings): element → scalar when it holds only text, → null when empty, → object with
/// <c>#attributes</c> / <c>#text</c> / child keys otherwise; <c>&lt;Data Name="X"&gt;</c> becomes
/// key <c>X</c>; a repeated key gets a <c>_1</c>, <c>_2</c>… suffix.
/// </summary>
public static class EvtxJsonWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(EvtxElement root, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(root.Name);
            WriteElementValue(writer, root, skipNameAttribute: false);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The key an element is stored under in its parent's object.</summary>
    public static string KeyOf(EvtxElement element)
        => IsNamedData(element) ? element.Attribute("Name")!.ToText() : element.Name;

    private static bool IsNamedData(EvtxElement element)
        => element.Name == "Data" && element.Attribute("Name") is { IsNull: false };

    private static void WriteElementValue(Utf8JsonWriter writer, EvtxElement element, bool skipNameAttribute)
    {
        IEnumerable<EvtxAttribute> attributes = skipNameAttribute ? element.Attributes.Where(a => a.Name != "Name") : element.Attributes;
        bool hasAttributes = attributes.Any();
        bool hasElements = element.Children.Any(c => c is EvtxElement);
        bool hasText = element.Children.Any(c => c is EvtxText);
        if (!hasAttributes && !hasElements)
        {
            if (hasText)
            {
                WriteText(writer, element);
            }
            else
            {
                writer.WriteNullValue();
            }

            return;
        }

        writer.WriteStartObject();
        if (hasAttributes)
        {
            writer.WriteStartObject("#attributes");
            foreach (EvtxAttribute attribute in attributes)
            {
                writer.WritePropertyName(attribute.Name);
                WriteValue(writer, attribute.Value);
            }

            writer.WriteEndObject();
        }

        if (hasText)
        {
            writer.WritePropertyName("#text");
            WriteText(writer, element);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (EvtxElement child in element.Elements)
        {
            string key = KeyOf(child);
            string unique = key;
            for (int i = 1; !used.Add(unique); i++)
            {
                unique = $"{key}_{i}";
            }

            writer.WritePropertyName(unique);
            WriteElementValue(writer, child, skipNameAttribute: IsNamedData(child));
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, EvtxElement element)
    {
        EvtxValue? single = element.SingleValue();
        if (single is { Data: not string })
        {
            WriteValue(writer, single);
        }
        else
        {
            writer.WriteStringValue(EvtxFieldView.TrimText(element.InnerText()));
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, EvtxValue value)
    {
        switch (value.Data)
        {
            case null:
                writer.WriteNullValue();
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case EvtxValue[] items:
                writer.WriteStartArray();
                foreach (EvtxValue item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(value.ToText());
                break;
        }
    }
}
