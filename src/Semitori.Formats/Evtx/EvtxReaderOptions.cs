using Semitori.Formats.Common;

namespace Semitori.Formats.Evtx;

/// <summary>How an <see cref="EvtxReader"/> reports problems.</summary>
public sealed class EvtxReaderOptions
{
    public static readonly EvtxReaderOptions Default = new();

    /// <summary>Where anomalies go; a fresh <see cref="AnomalyCollector"/> when not set.</summary>
    public IFormatAnomalyListener? Listener { get; init; }

    /// <summary>Compare header and chunk CRC32s (mismatches are reported, never fatal).</summary>
    public bool ValidateChecksums { get; init; } = true;
}
