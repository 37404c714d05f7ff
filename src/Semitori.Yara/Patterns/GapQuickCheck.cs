namespace Semitori.Yara.Patterns;

/// <summary>
/// The inline checks of <see cref="GapMatcher.QuickCheckFor"/>, all necessary for a match with
/// the atom at the hit: a masked word of <see cref="WordLength"/> run bytes starting
/// <see cref="WordDelta"/> bytes before the hit; when <see cref="NextSpan"/> &gt; 0, a word with
/// <c>(w &amp; NextMask) == NextValue</c> starting in [hit + NextOffset, + NextSpan) (the next run's first
/// bytes after its gap, as a masked word); when <see cref="PrevSpan"/> &gt; 0, a word with
/// <c>(w &amp; PrevMask) == PrevValue</c> starting in [hit − PrevOffset, + PrevSpan) (the previous run's
/// last bytes before the gap).
/// </summary>
internal readonly record struct GapQuickCheck(int WordDelta, int WordLength, ulong WordValue, ulong WordMask)
{
    /// <summary>Gaps up to this many positions get a byte search; wider ones would pass almost always.</summary>
    public const int MaxSpan = 48;

    public int NextOffset { get; init; }

    public int NextSpan { get; init; }

    public uint NextValue { get; init; }

    public uint NextMask { get; init; }

    public int PrevOffset { get; init; }

    public int PrevSpan { get; init; }

    public uint PrevValue { get; init; }

    public uint PrevMask { get; init; }
}
