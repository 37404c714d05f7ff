namespace Semitori.Formats.Evtx.BinXml;

// The parsed, not yet expanded form of a BinXml stream. A template definition is parsed once per
// chunk into these nodes; each record then only expands them with its substitution values.

/// <summary>A node of a parsed BinXml stream.</summary>
internal abstract class BxNode
{
}

/// <summary>An element with its attributes and content.</summary>
internal sealed class BxElement(string name) : BxNode
{
    public string Name { get; } = name;

    public List<BxAttribute> Attributes { get; } = [];

    public List<BxNode> Children { get; } = [];

    /// <summary>Set (after the caches below) once the element has been checked for substitutions.
    /// A field, so that it can be written and read with <see cref="Volatile"/>.</summary>
#pragma warning disable SA1401, CA1051 // a volatile flag needs a field
    public bool StaticCheckedFlag;
#pragma warning restore SA1401, CA1051

    /// <summary>The rendered attributes when none holds a substitution, shared by every record
    /// that expands this template (rendered values are immutable).</summary>
    public IReadOnlyList<EvtxAttribute>? StaticAttributes { get; set; }

    /// <summary>The whole rendered element when nothing below it depends on substitution values.</summary>
    public EvtxElement? StaticElement { get; set; }
}

/// <summary>An attribute whose value is a sequence of text, references and substitutions.</summary>
internal sealed class BxAttribute(string name) : BxNode
{
    public string Name { get; } = name;

    public List<BxNode> Parts { get; } = [];
}

/// <summary>Literal text (value, CDATA, character or entity reference).</summary>
internal sealed class BxText(EvtxValue value, bool isCData = false) : BxNode
{
    private EvtxText? _rendered;

    public EvtxValue Value { get; } = value;

    public bool IsCData { get; } = isCData;

    /// <summary>The rendered node, made once: literal text is the same in every record.</summary>
    public EvtxText Rendered => _rendered ??= new EvtxText(Value) { IsCData = IsCData };
}

/// <summary>A placeholder for value number <see cref="Index"/> of the template instance.</summary>
internal sealed class BxSubstitution(int index, EvtxValueType type, bool optional) : BxNode
{
    public int Index { get; } = index;

    public EvtxValueType Type { get; } = type;

    public bool Optional { get; } = optional;
}

/// <summary>A template reference with its values, already decoded.</summary>
internal sealed class BxTemplateInstance(BxTemplate template, EvtxValue[] values) : BxNode
{
    public BxTemplate Template { get; } = template;

    public EvtxValue[] Values { get; } = values;
}

/// <summary>A template definition: the nodes of its fragment.</summary>
internal sealed class BxTemplate(List<BxNode> nodes) : BxNode
{
    public List<BxNode> Nodes { get; } = nodes;
}
