using System.Text;

namespace Semitori.Formats.Evtx;

/// <summary>Renders a record tree as XML text, the way Event Viewer's XML view shows it.</summary>
public static class EvtxXmlWriter
{
    public static string Write(EvtxElement root)
    {
        var builder = new StringBuilder(1024);
        WriteElement(builder, root, 0);
        return builder.ToString();
    }

    private static void WriteElement(StringBuilder builder, EvtxElement element, int indent)
    {
        builder.Append(' ', indent * 2).Append('<').Append(element.Name);
        foreach (EvtxAttribute attribute in element.Attributes)
        {
            builder.Append(' ').Append(attribute.Name).Append("=\"");
            Escape(builder, attribute.Value.ToText(), attribute: true);
            builder.Append('"');
        }

        if (element.Children.Count == 0)
        {
            builder.Append("/>\n");
            return;
        }

        builder.Append('>');
        bool onlyText = element.Children.All(c => c is EvtxText);
        if (!onlyText)
        {
            builder.Append('\n');
        }

        foreach (EvtxContent child in element.Children)
        {
            if (child is EvtxElement nested)
            {
                WriteElement(builder, nested, indent + 1);
            }
            else if (child is EvtxText { IsCData: true } cdata)
            {
                builder.Append("<![CDATA[").Append(cdata.Value.ToText().Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal)).Append("]]>");
            }
            else if (child is EvtxText text)
            {
                Escape(builder, text.Value.ToText(), attribute: false);
            }
        }

        if (!onlyText)
        {
            builder.Append(' ', indent * 2);
        }

        builder.Append("</").Append(element.Name).Append(">\n");
    }

    private static void Escape(StringBuilder builder, string text, bool attribute)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '"' when attribute => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }
    }
}
