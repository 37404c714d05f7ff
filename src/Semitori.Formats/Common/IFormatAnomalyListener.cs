namespace Semitori.Formats.Common;

/// <summary>
/// Receives anomalies from readers. Three behaviours are provided: collect
/// (<see cref="AnomalyCollector"/>, the default), ignore (<see cref="IgnoringAnomalyListener"/>)
/// and throw (<see cref="ThrowingAnomalyListener"/>, for tests that want the first problem loud).
/// </summary>
public interface IFormatAnomalyListener
{
    void Report(FormatAnomaly anomaly);
}
