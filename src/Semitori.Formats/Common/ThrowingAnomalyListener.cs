namespace Semitori.Formats.Common;

/// <summary>Throws on the first anomaly: for tests of well-formed inputs that must read cleanly.</summary>
public sealed class ThrowingAnomalyListener : IFormatAnomalyListener
{
    public static readonly ThrowingAnomalyListener Instance = new();

    public void Report(FormatAnomaly anomaly) => throw new InvalidDataException(anomaly.ToString());
}
