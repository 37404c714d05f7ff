using System.Text;

namespace Semitori.Formats.Evtx;

/// <summary>An element of a rendered record (templates already expanded).</summary>
public sealed class EvtxElement : EvtxContent
{
    public EvtxElement(string name, IReadOnlyList<EvtxAttribute> attributes, IReadOnlyList<EvtxContent> children)
    {
        Name = name;
        Attributes = attributes;
        Children = children;
    }

    public string Name { get; }

    public IReadOnlyList<EvtxAttribute> Attributes { get; }

    public IReadOnlyList<EvtxContent> Children { get; }

    public IEnumerable<EvtxElement> Elements => Children.OfType<EvtxElement>();

    public EvtxElement? Element(string name) => Elements.FirstOrDefault(e => e.Name == name);

    public EvtxValue? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Value;

    /// <summary>The element's value when it holds exactly one typed text node, else null.</summary>
    public EvtxValue? SingleValue()
    {
        EvtxValue? found = null;
        foreach (EvtxContent child in Children)
        {
            if (child is not EvtxText text || found is not null)
            {
                return child is EvtxText && found is not null ? EvtxValue.FromString(InnerText()) : null;
            }

            found = text.Value;
        }

        return found;
    }

    /// <summary>Concatenated text of the element and its descendants.</summary>
    public string InnerText()
    {
        if (Children.Count == 1 && Children[0] is EvtxText only)
        {
            return only.Value.ToText();
        }

        var builder = new StringBuilder();
        AppendText(builder);
        return builder.ToString();
    }

    private void AppendText(StringBuilder builder)
    {
        foreach (EvtxContent child in Children)
        {
            if (child is EvtxText text)
            {
                builder.Append(text.Value.ToText());
            }
            else if (child is EvtxElement element)
            {
                element.AppendText(builder);
            }
        }
    }
}
