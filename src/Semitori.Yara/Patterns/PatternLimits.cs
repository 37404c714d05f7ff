namespace Semitori.Yara.Patterns;

/// <summary>
/// Named caps that keep hostile patterns from exhausting memory or time. Exceeding one gives a
/// <see cref="PatternError"/> (never an exception).
/// </summary>
public static class PatternLimits
{
    /// <summary>libyara <c>RE_MAX_RANGE</c> = INT16_MAX: largest <c>{n,m}</c> bound of a regex.</summary>
    public const int MaxRepeat = 32767;

    /// <summary>libyara <c>YR_RE_SCAN_LIMIT</c>: a string match never extends further from its start.</summary>
    public const int ScanLimit = 4096;

    /// <summary>libyara <c>YR_STRING_CHAINING_THRESHOLD</c>: largest jump allowed inside a hex alternation.</summary>
    public const int MaxJumpInAlternation = 200;

    /// <summary>Maximum number of tree nodes a parser creates.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Maximum nesting of groups / hex alternations (keeps recursion shallow).</summary>
    public const int MaxNestingDepth = 128;

    /// <summary>
    /// Maximum number of VM instructions after unrolling counted repeats. A <c>{n,m}</c> repeat is
    /// unrolled into copies; past this size the parser reports <see cref="PatternErrorCodes.TooComplex"/>
    /// (libyara has the same kind of cap, <c>RE_MAX_CODE_SIZE</c>).
    /// </summary>
    public const int MaxProgramSize = 1 << 18;

    /// <summary>
    /// Repetition counts are unrolled at most this many times: a repeat of a byte-consuming element
    /// cannot iterate more often inside the <see cref="ScanLimit"/> window, so larger bounds are
    /// clamped (exactly for <see cref="PatternMatcher.MatchAt"/> with maxLength ≤ 4096).
    /// </summary>
    public const int RepeatUnrollLimit = ScanLimit;
}
