namespace Semitori.Formats.Evtx.BinXml;

/// <summary>
/// Expands parsed BinXml nodes with substitution values into rendered elements. Rules follow
/// [MS-EVEN6] and the evtx crate: an optional substitution whose value is NULL drops the
/// attribute it fills; a nested BinXml value splices its elements in; an array value that is an
/// element's whole content repeats the element once per item. Parts of a template that hold no
/// substitution (literal text, <c>Data Name="…"</c> attributes, empty elements) are rendered once
/// per template and shared by the records that use it: they are immutable, and allocating them
/// per record was most of the garbage the reader produced.
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

    /// <summary>Expands a nested BinXml value straight into an exact array, through the scratch list.</summary>
    public static EvtxContent[] ExpandToArray(List<BxNode> nodes, EvtxValue[] values, ExpansionBudget budget)
    {
        List<EvtxContent> scratch = budget.Scratch;
        int start = scratch.Count;
        foreach (BxNode node in nodes)
        {
            ExpandInto(node, values, budget, scratch);
        }

        return TakeTail(scratch, start);
    }

    private static EvtxContent[] TakeTail(List<EvtxContent> scratch, int start)
    {
        EvtxContent[] items = scratch.Count == start ? [] : new EvtxContent[scratch.Count - start];
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch)[start..].CopyTo(items);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(scratch, start);
        return items;
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
                output.Add(text.Rendered);
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
        if (!Volatile.Read(ref element.StaticCheckedFlag))
        {
            CheckStatic(element);
        }

        if (element.StaticElement is { } shared)
        {
            output.Add(shared);
            return;
        }

        IReadOnlyList<EvtxAttribute> attributes = element.StaticAttributes ?? ExpandAttributes(element, values);
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

        // Children are gathered at the tail of the shared scratch list (nested elements use and
        // release the part after them), then copied into an array of the exact size: a List per
        // element was a quarter of the reader's allocations.
        List<EvtxContent> scratch = budget.Scratch;
        int start = scratch.Count;
        foreach (BxNode child in element.Children)
        {
            ExpandInto(child, values, budget, scratch);
        }

        output.Add(new EvtxElement(element.Name, attributes, TakeTail(scratch, start)));
    }

    /// <summary>
    /// Decides once per template element what can be shared: its attributes when they are all
    /// literal, and the whole element when its attributes and every descendant are literal.
    /// </summary>
    private static void CheckStatic(BxElement element)
    {
        // Templates are shared by chunks parsed on other threads: the caches are published
        // before the flag, and a thread that computes them too produces equal objects.
        bool literalAttributes = element.Attributes.TrueForAll(a => a.Parts.TrueForAll(p => p is BxText));
        if (literalAttributes)
        {
            element.StaticAttributes = ExpandAttributes(element, []);
        }

        if (!literalAttributes || !element.Children.TrueForAll(IsLiteral))
        {
            Volatile.Write(ref element.StaticCheckedFlag, true);
            return;
        }

        var children = new List<EvtxContent>(element.Children.Count);
        foreach (BxNode child in element.Children)
        {
            if (child is BxText text)
            {
                children.Add(text.Rendered);
            }
            else if (child is BxElement nested)
            {
                children.Add(nested.StaticElement!);
            }
        }

        element.StaticElement = new EvtxElement(element.Name, element.StaticAttributes!, children);
        Volatile.Write(ref element.StaticCheckedFlag, true);
    }

    private static bool IsLiteral(BxNode node)
    {
        switch (node)
        {
            case BxText:
                return true;
            case BxElement element:
                if (!Volatile.Read(ref element.StaticCheckedFlag))
                {
                    CheckStatic(element);
                }

                return element.StaticElement is not null;
            default:
                return false;
        }
    }

    private static IReadOnlyList<EvtxAttribute> ExpandAttributes(BxElement element, EvtxValue[] values)
    {
        if (element.Attributes.Count == 0)
        {
            return [];
        }

        var attributes = new EvtxAttribute[element.Attributes.Count];
        int used = 0;
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
                attributes[used++] = new EvtxAttribute(attribute.Name, value ?? EvtxValue.FromString(string.Empty));
            }
        }

        // Optional substitutions that were NULL dropped their attribute.
        if (used < attributes.Length)
        {
            Array.Resize(ref attributes, used);
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
            // A loop, not AddRange: AddRange on a covariant array goes through ICollection.CopyTo
            // with per-item type checks, which profiled at over 10 % of parsing.
            foreach (EvtxContent content in nested)
            {
                output.Add(content);
            }

            return;
        }

        output.Add(new EvtxText(value));
    }

    private static EvtxValue Lookup(EvtxValue[] values, BxSubstitution substitution)
        => substitution.Index < values.Length ? values[substitution.Index] : EvtxValue.Null;
}
