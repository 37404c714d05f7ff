namespace Semitori.Yara.Patterns;

/// <summary>
/// One step of a <see cref="GapMatcher"/>: a gap of <see cref="GapMin"/>..<see cref="GapMax"/>
/// characters from <see cref="GapSet"/> (none for the first segment), then a run of fixed byte
/// sets. A character is <see cref="GapUnit"/> bytes: 2 with wide (the byte, then 0x00).
/// </summary>
internal readonly record struct GapSegment(
    ByteSet GapSet,
    int GapMin,
    long GapMax,
    bool GapGreedy,
    int RunOffset,
    int RunLength,
    bool RunIsExact,
    int GapUnit)
{
    /// <summary>-1 when the gap is unbounded.</summary>
    public bool GapUnbounded => GapMax < 0;
}
