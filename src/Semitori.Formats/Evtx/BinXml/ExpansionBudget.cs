namespace Semitori.Formats.Evtx.BinXml;

/// <summary>Counts nodes parsed and rendered for one record against <see cref="EvtxLimits.MaxNodesPerRecord"/>.</summary>
internal sealed class ExpansionBudget
{
    private int _spent;

    public void Spend()
    {
        if (++_spent > EvtxLimits.MaxNodesPerRecord)
        {
            throw new EvtxFormatException($"record expands to more than {EvtxLimits.MaxNodesPerRecord} nodes");
        }
    }
}
