using Semitori.Formats.Common;
using Semitori.Formats.Evtx;
using Semitori.Sigma.Events;

namespace Semitori.Sigma.Tests;

/// <summary>Reads an EVTX file into Sigma events.</summary>
internal static class EvtxEvents
{
    public static List<EvtxEvent> Read(string path)
    {
        using EvtxReader reader = EvtxReader.FromFile(path, new EvtxReaderOptions { Listener = IgnoringAnomalyListener.Instance });
        return reader.ReadRecords().Select(r => new EvtxEvent(r)).ToList();
    }
}
