namespace Semitori.Formats.Common;

/// <summary>
/// A reader's anomaly sink: keeps its own bounded list and forwards to the caller's listener, and
/// runs sub-readers under <see cref="Guard"/> so that a bug in one costs only that part.
/// </summary>
public sealed class AnomalySink
{
    private readonly AnomalyCollector _collector = new();
    private readonly IFormatAnomalyListener? _listener;
    private volatile bool _listenerFaulted;

    public AnomalySink(IFormatAnomalyListener? listener) => _listener = listener;

    public IReadOnlyList<FormatAnomaly> Items => _collector.Items;

    public void Report(string code, string message, long offset = -1)
    {
        var anomaly = new FormatAnomaly(code, message, offset);
        _collector.Report(anomaly);
        if (_listener is null)
        {
            return;
        }

        try
        {
            _listener.Report(anomaly);
        }
        catch
        {
            // A throwing listener is the caller's choice: Guard lets its exception through.
            _listenerFaulted = true;
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/>; an unexpected exception becomes an anomaly with
    /// <paramref name="code"/> and <paramref name="fallback"/> is returned. Exceptions a listener
    /// throws on purpose, and out-of-memory, pass through.
    /// </summary>
    public T Guard<T>(string code, string part, Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (!_listenerFaulted && ex is not OutOfMemoryException)
        {
            Report(code, $"{part} could not be read: {ex.GetType().Name}: {ex.Message}");
            return fallback;
        }
    }
}
