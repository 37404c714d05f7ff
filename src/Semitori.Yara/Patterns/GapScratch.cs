namespace Semitori.Yara.Patterns;

/// <summary>Per-thread working memory of <see cref="GapMatcher"/> (reused; grows on demand).</summary>
internal sealed class GapScratch
{
    [ThreadStatic]
    private static GapScratch? t_instance;

    public int[] GapBase = [];
    public int[] Current = [];
    public int[] Low = [];
    public int[] High = [];
    public int[] RunPos = [];

    /// <summary>Per segment: a region [ScanFrom, ScanEnd) of gap-set members ending at a non-member (or the window end).</summary>
    public int[] ScanFrom = [];
    public int[] ScanEnd = [];
    private ulong[] _memo = [];
    private int[] _touched = new int[64];
    private int _touchedCount;
    private int _stride;
    private readonly HashSet<long> _sparse = [];
    private bool _useSparse;
    private long _window;

    /// <summary>Above this many bitmap words (8 MiB) failures are kept in a hash set instead.</summary>
    private const long MaxBitmapWords = 1 << 20;

    public static GapScratch For(int segments)
    {
        var s = t_instance ??= new GapScratch();
        if (s.GapBase.Length < segments)
        {
            int n = Math.Max(segments, 16);
            s.GapBase = new int[n];
            s.Current = new int[n];
            s.Low = new int[n];
            s.High = new int[n];
            s.RunPos = new int[n];
            s.ScanFrom = new int[n];
            s.ScanEnd = new int[n];
        }

        Array.Fill(s.ScanFrom, -1, 0, segments);

        return s;
    }

    /// <summary>
    /// Prepares a cleared "(segment, offset) cannot lead to a match" bitmap. Only the words set by
    /// the previous call are cleared, so a huge window (chained hex strings) costs nothing upfront.
    /// </summary>
    public void ResetMemo(int segments, int window)
    {
        for (int i = 0; i < _touchedCount; i++)
        {
            _memo[_touched[i]] = 0;
        }

        _touchedCount = 0;
        _sparse.Clear();
        _window = window;
        long stride = ((long)window + 64) >> 6;
        long need = stride * segments;
        _useSparse = need > MaxBitmapWords;
        if (_useSparse)
        {
            return;
        }

        _stride = (int)stride;
        if (_memo.Length < need)
        {
            _memo = new ulong[need];
        }
    }

    public bool IsFailed(int segment, int offset) => _useSparse
        ? _sparse.Contains((segment * _window) + offset)
        : ((_memo[(segment * _stride) + (offset >> 6)] >> (offset & 63)) & 1) != 0;

    public void MarkFailed(int segment, int offset)
    {
        if (_useSparse)
        {
            _sparse.Add((segment * _window) + offset);
            return;
        }

        int word = (segment * _stride) + (offset >> 6);
        if (_memo[word] == 0)
        {
            if (_touchedCount == _touched.Length)
            {
                Array.Resize(ref _touched, _touched.Length * 2);
            }

            _touched[_touchedCount++] = word;
        }

        _memo[word] |= 1UL << (offset & 63);
    }
}
