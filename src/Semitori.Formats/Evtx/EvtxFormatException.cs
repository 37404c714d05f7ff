namespace Semitori.Formats.Evtx;

/// <summary>Internal signal that a record's bytes are malformed; caught per record and turned
/// into an anomaly, never seen by callers.</summary>
internal sealed class EvtxFormatException(string message) : Exception(message)
{
}
