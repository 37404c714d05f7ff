namespace Semitori.Formats.Evtx;

/// <summary>A node of a rendered record: an <see cref="EvtxElement"/> or an <see cref="EvtxText"/>.</summary>
public abstract class EvtxContent
{
    private protected EvtxContent()
    {
    }
}
