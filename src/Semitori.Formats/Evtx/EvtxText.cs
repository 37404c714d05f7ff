namespace Semitori.Formats.Evtx;

/// <summary>Character content of an element, kept typed so JSON can render numbers as numbers.</summary>
public sealed class EvtxText : EvtxContent
{
    public EvtxText(EvtxValue value) => Value = value;

    public EvtxValue Value { get; }

    /// <summary>True for CDATA sections, which XML output writes back as CDATA.</summary>
    public bool IsCData { get; init; }
}
