using Semitori.Hunting.Sweep;

namespace Semitori.Cli.Commands.Scan;

/// <summary>A one-line progress display on stderr, redrawn four times a second, only on a terminal.</summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly CommandContext _context;
    private readonly SweepStatistics _stats;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private bool _drawn;

    public ProgressLine(CommandContext context, SweepStatistics stats)
    {
        _context = context;
        _stats = stats;
        if (context.ErrorIsTerminal)
        {
            _timer = new Timer(_ => Draw(), null, 250, 250);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                _context.Error.Write("\r\u001b[K");
                _drawn = false;
            }
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        Clear();
    }

    private void Draw()
    {
        lock (_gate)
        {
            _context.Error.Write($"\r\u001b[K  scanned {_stats.Files} files, {_stats.Bytes / 1_000_000.0:F0} MB, {_stats.Findings} findings, {_stats.Errors} errors");
            _drawn = true;
        }
    }
}
