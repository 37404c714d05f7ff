namespace Semitori.Formats.Evtx.BinXml;

/// <summary>
/// Expands parsed BinXml nodes with substitution values into rendered elements. Rules follow
/// [MS-EVEN6] and the evtx crate: an optional substitution whose value is NULL drops the
/// attribute it fills; a nested BinXml value splices its elements in; an array value that is an
/// element's whole content repeats the element once per item.
/// </summary>
internal static class TemplateExpander
{
    public static List<EvtxContent> Expand(List<BxNode> nodes, EvtxValue[] values, ExpansionBudget budget)
    {
        var output = new List<EvtxContent>();
        foreach (BxNode node in nodes)
        {
            ExpandInto(node, values, budget, output);
        }

        return output;
    }

    private static void ExpandInto(BxNode node, EvtxValue[] values, ExpansionBudget budget, List<EvtxContent> output)
    {
        budget.Spend();
        switch (node)
        {
            case BxElement element:
                ExpandElement(element, values, budget, output);
                break;
            case BxText text:
                output.Add(new EvtxText(text.Value) { IsCData = text.IsCData });
                break;
            case BxSubstitution substitution:
                AddValue(Lookup(values, substitution), output);
                break;
            case BxTemplateInstance instance:
                foreach (BxNode child in instance.Template.Nodes)
                {
                    ExpandInto(child, instance.Values, budget, output);
                }

                break;
        }
    }

    private static void ExpandElement(BxElement element, EvtxValue[] values, ExpansionBudget budget, List<EvtxContent> output)
    {
        List<EvtxAttribute> attributes = ExpandAttributes(element, values);
        if (element.Children is [BxSubstitution only] && Lookup(values, only) is { Items: { } items } array
            && (array.Type & EvtxValueType.ArrayFlag) != 0)
        {
            foreach (EvtxValue item in items)
            {
                budget.Spend();
                output.Add(new EvtxElement(element.Name, attributes, [new EvtxText(item)]));
            }

            return;
        }

        var children = new List<EvtxContent>(element.Children.Count);
        foreach (BxNode child in element.Children)
        {
            ExpandInto(child, values, budget, children);
        }

        output.Add(new EvtxElement(element.Name, attributes, children));
    }

    private static List<EvtxAttribute> ExpandAttributes(BxElement element, EvtxValue[] values)
    {
        var attributes = new List<EvtxAttribute>(element.Attributes.Count);
        foreach (BxAttribute attribute in element.Attributes)
        {
            EvtxValue? value = null;
            bool concatenated = false;
            foreach (BxNode part in attribute.Parts)
            {
                EvtxValue partValue = part switch
                {
                    BxSubstitution s => Lookup(values, s),
                    BxText t => t.Value,
                    _ => EvtxValue.Null,
                };
                if (partValue.IsNull)
                {
                    continue;
                }

                if (value is null)
                {
                    value = partValue;
                }
                else
                {
                    value = EvtxValue.FromString(value.ToText() + partValue.ToText());
                    concatenated = true;
                }
            }

            if (value is not null || (!concatenated && attribute.Parts.Count == 0))
            {
                attributes.Add(new EvtxAttribute(attribute.Name, value ?? EvtxValue.FromString(string.Empty)));
            }
        }

        return attributes;
    }

    private static void AddValue(EvtxValue value, List<EvtxContent> output)
    {
        if (value.IsNull)
        {
            return;
        }

        if (value.Data is EvtxContent[] nested)
        {
            output.AddRange(nested);
            return;
        }

        output.Add(new EvtxText(value));
    }

    private static EvtxValue Lookup(EvtxValue[] values, BxSubstitution substitution)
        => substitution.Index < values.Length ? values[substitution.Index] : EvtxValue.Null;
}
