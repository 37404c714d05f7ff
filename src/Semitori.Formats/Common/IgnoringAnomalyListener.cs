namespace Semitori.Formats.Common;

/// <summary>Drops every anomaly: for hot paths that only want the parsed values.</summary>
public sealed class IgnoringAnomalyListener : IFormatAnomalyListener
{
    public static readonly IgnoringAnomalyListener Instance = new();

    public void Report(FormatAnomaly anomaly)
    {
    }
}
