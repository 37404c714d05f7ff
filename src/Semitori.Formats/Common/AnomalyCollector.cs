namespace Semitori.Formats.Common;

/// <summary>
/// Keeps anomalies in order, up to <see cref="MaxAnomalies"/>: a hostile file can produce one
/// anomaly per byte, and the list must not become the memory problem it reports.
/// </summary>
public sealed class AnomalyCollector : IFormatAnomalyListener
{
    public const int MaxAnomalies = 1000;

    private readonly List<FormatAnomaly> _items = [];
    private readonly object _gate = new();

    public IReadOnlyList<FormatAnomaly> Items
    {
        get
        {
            lock (_gate)
            {
                return _items.ToArray();
            }
        }
    }

    /// <summary>How many anomalies were reported beyond <see cref="MaxAnomalies"/> and dropped.</summary>
    public int Dropped { get; private set; }

    public void Report(FormatAnomaly anomaly)
    {
        lock (_gate)
        {
            if (_items.Count < MaxAnomalies)
            {
                _items.Add(anomaly);
            }
            else
            {
                Dropped++;
            }
        }
    }
}
