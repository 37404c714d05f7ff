using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>What every PE sub-reader shares: the bytes, the options and the anomaly sink.</summary>
internal sealed class PeReadContext
{
    private readonly AnomalySink _sink;

    public PeReadContext(ByteView view, PeReaderOptions options)
    {
        View = view;
        Options = options;
        _sink = new AnomalySink(options.AnomalyListener);
    }

    public ByteView View { get; }

    public PeReaderOptions Options { get; }

    public IReadOnlyList<FormatAnomaly> Anomalies => _sink.Items;

    public void Report(string code, string message, long offset = -1) => _sink.Report(code, message, offset);

    public T Guard<T>(string code, string part, Func<T> read, T fallback) => _sink.Guard(code, part, read, fallback);
}
