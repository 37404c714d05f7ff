using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// How a <see cref="PeFile"/> is read: where anomalies go and how much a file may cost.
/// Defaults come from <see cref="PeLimits"/>; the defaults are the tested configuration.
/// </summary>
public sealed class PeReaderOptions
{
    public static PeReaderOptions Default { get; } = new();

    /// <summary>
    /// Receives every anomaly in addition to <see cref="PeFile.Anomalies"/>. Null forwards nowhere.
    /// A <see cref="ThrowingAnomalyListener"/> makes the first anomaly an exception (tests only).
    /// </summary>
    public IFormatAnomalyListener? AnomalyListener { get; init; }

    public long MaxFileSize { get; init; } = PeLimits.MaxFileSize;

    public int MaxSections { get; init; } = PeLimits.MaxSections;

    public int MaxImports { get; init; } = PeLimits.MaxImports;

    public int MaxExports { get; init; } = PeLimits.MaxExports;

    public int MaxResources { get; init; } = PeLimits.MaxResources;

    public int MaxCertificates { get; init; } = PeLimits.MaxCertificates;

    /// <summary>Whether the Authenticode digest is recomputed (hashes the whole file once, on first access).</summary>
    public bool VerifyAuthenticodeDigest { get; init; } = true;
}
