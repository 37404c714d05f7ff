using Semitori.Formats.Common;

namespace Semitori.Formats.DotNet;

/// <summary>How a <see cref="DotNetFile"/> is read.</summary>
public sealed class DotNetReaderOptions
{
    public static DotNetReaderOptions Default { get; } = new();

    /// <summary>Receives every anomaly in addition to <see cref="DotNetFile.Anomalies"/>.</summary>
    public IFormatAnomalyListener? AnomalyListener { get; init; }

    public MetadataStreamSelection StreamSelection { get; init; } = MetadataStreamSelection.Runtime;

    public int MaxMetadataRows { get; init; } = DotNetLimits.MaxMetadataRows;
}
