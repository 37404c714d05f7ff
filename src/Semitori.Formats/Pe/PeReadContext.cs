using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// What every PE sub-reader shares: the bytes, the options and the anomaly sink. Anomalies go to
/// the file's own bounded collector and are forwarded to the caller's listener.
/// </summary>
internal sealed class PeReadContext
{
    private readonly AnomalyCollector _collector = new();
    private volatile bool _listenerFaulted;

    public PeReadContext(ByteView view, PeReaderOptions options)
    {
        View = view;
        Options = options;
    }

    public ByteView View { get; }

    public PeReaderOptions Options { get; }

    public IReadOnlyList<FormatAnomaly> Anomalies => _collector.Items;

    public void Report(string code, string message, long offset = -1)
    {
        var anomaly = new FormatAnomaly(code, message, offset);
        _collector.Report(anomaly);
        if (Options.AnomalyListener is { } listener)
        {
            try
            {
                listener.Report(anomaly);
            }
            catch
            {
                // A throwing listener is the caller's choice: let its exception through Guard.
                _listenerFaulted = true;
                throw;
            }
        }
    }

    /// <summary>
    /// Runs one sub-reader so that a bug in it costs that part only: the failure becomes an
    /// anomaly and <paramref name="fallback"/> is returned. Exceptions a listener throws on purpose pass.
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
