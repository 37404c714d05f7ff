namespace Semitori.Yara.Patterns;

/// <summary>
/// One step of a <see cref="GapMatcher"/>: a gap of <see cref="GapMin"/>..<see cref="GapMax"/>
/// bytes from <see cref="GapSet"/> (none for the first segment), then a run of fixed byte sets.
/// </summary>
internal readonly record struct GapSegment(
    ByteSet GapSet,
    int GapMin,
    long GapMax,
    bool GapGreedy,
    int RunOffset,
    int RunLength,
    bool RunIsExact)
{
    /// <summary>-1 when the gap is unbounded.</summary>
    public bool GapUnbounded => GapMax < 0;
}
