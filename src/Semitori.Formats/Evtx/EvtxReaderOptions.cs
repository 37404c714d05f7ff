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

    /// <summary>
    /// Reuse a template parsed in one chunk for the other chunks of the file (same template GUID
    /// and size). Faster; turn off to have every chunk render strictly from its own bytes, e.g.
    /// for a file suspected of being crafted to reuse template ids.
    /// </summary>
    public bool ShareTemplatesAcrossChunks { get; init; } = true;
}
