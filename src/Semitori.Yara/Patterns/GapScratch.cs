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
    private ulong[] _memo = [];
    private int _stride;

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
        }

        return s;
    }

    /// <summary>Prepares a cleared "(segment, offset) cannot lead to a match" bitmap.</summary>
    public void ResetMemo(int segments, int window)
    {
        _stride = (window + 64) >> 6;
        long need = (long)_stride * segments;
        if (_memo.Length < need)
        {
            _memo = new ulong[need];
        }
        else
        {
            Array.Clear(_memo, 0, (int)need);
        }
    }

    public bool IsFailed(int segment, int offset) =>
        ((_memo[(segment * _stride) + (offset >> 6)] >> (offset & 63)) & 1) != 0;

    public void MarkFailed(int segment, int offset) =>
        _memo[(segment * _stride) + (offset >> 6)] |= 1UL << (offset & 63);
}
