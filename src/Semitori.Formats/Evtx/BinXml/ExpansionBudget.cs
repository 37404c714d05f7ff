namespace Semitori.Formats.Evtx.BinXml;

/// <summary>
/// Per-record expansion state: counts nodes parsed and rendered against
/// <see cref="EvtxLimits.MaxNodesPerRecord"/>, and lends a scratch list in which an element's
/// children are gathered before they are copied into an exactly sized array. One instance lives
/// as long as its chunk parser (one thread) and is reset for every record.
/// </summary>
internal sealed class ExpansionBudget
{
    private int _spent;

    /// <summary>Children under construction; each element uses the tail from where it started.</summary>
    public List<EvtxContent> Scratch { get; } = new(64);

    public void Reset()
    {
        _spent = 0;
        Scratch.Clear();
    }

    public void Spend()
    {
        if (++_spent > EvtxLimits.MaxNodesPerRecord)
        {
            throw new EvtxFormatException($"record expands to more than {EvtxLimits.MaxNodesPerRecord} nodes");
        }
    }
}
