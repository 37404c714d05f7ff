namespace Semitori.Yara.Patterns;

/// <summary>
/// <c>child{Min,Max}</c>; <see cref="Max"/> = -1 when unbounded. Hex jumps <c>[n-m]</c> are lazy
/// repeats of any byte: YARA emits them as ungreedy (<c>RE_NODE_RANGE_ANY</c>, greedy = false).
/// </summary>
internal sealed class RepeatNode(RegexNode child, int min, int max, bool greedy) : RegexNode
{
    public RegexNode Child { get; } = child;

    public int Min { get; } = min;

    public int Max { get; } = max;

    public bool Greedy { get; } = greedy;

    public bool IsUnbounded => Max < 0;

    /// <summary>True for a hex-string jump <c>[n-m]</c> (libyara's RE_NODE_RANGE_ANY), which YARA may chain.</summary>
    public bool IsHexJump { get; init; }
}
