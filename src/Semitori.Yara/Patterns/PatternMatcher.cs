namespace Semitori.Yara.Patterns;

/// <summary>
/// A compiled pattern. Immutable and thread-safe: per-call working memory lives in per-thread
/// scratch buffers, so <see cref="MatchAt"/> and <see cref="IsMatch"/> allocate nothing after the
/// first call on a thread. Hex-like patterns (byte sets and gaps, no alternatives or assertions)
/// use <see cref="GapMatcher"/>; everything else the <see cref="PikeVm"/>.
/// </summary>
public sealed class PatternMatcher
{
    private readonly VmProgram _program;
    private readonly GapMatcher? _fast;
    private readonly byte[]? _literal;

    private PatternMatcher(RegexNode node, PatternOptions options)
    {
        _program = ProgramCompiler.Compile(node, options);
        _fast = GapMatcher.TryCreate(node, options);
        int factor = options.Wide ? 2 : 1;
        long min = NodeMetrics.MinWidth(node) * factor;
        long max = NodeMetrics.MaxWidth(node);
        MinLength = (int)Math.Min(min, int.MaxValue);
        MaxLength = max < 0 ? -1 : (int)Math.Min(max * factor, int.MaxValue);
        AnchoredAtStart = NodeMetrics.AnchoredAtStart(node);
        _literal = LiteralExtractor.TryGet(node, options);
    }

    /// <summary>Compiles <paramref name="node"/> (from <see cref="RegexParser"/> or <see cref="HexStringParser"/>).</summary>
    public static PatternMatcher Create(RegexNode node, PatternOptions options)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(options);
        return new PatternMatcher(node, options);
    }

    /// <summary>Minimum match length in bytes (after wide expansion).</summary>
    public int MinLength { get; }

    /// <summary>Maximum match length in bytes (after wide expansion), or -1 when unbounded.</summary>
    public int MaxLength { get; }

    /// <summary>True when every match must begin at offset 0 of the data (the pattern starts with <c>^</c>).</summary>
    public bool AnchoredAtStart { get; }

    /// <summary>
    /// Length of the match starting exactly at <paramref name="start"/>, or -1. Greedy and lazy
    /// quantifiers decide the length as a backtracking engine would (hex jumps are lazy). The
    /// match lies within <c>[start, start + maxLength)</c> ∩ data (libyara <c>YR_RE_SCAN_LIMIT</c> =
    /// 4096); <c>^</c>/<c>$</c> test offset 0 and <c>data.Length</c>; <c>\b</c>/<c>\B</c> may look at
    /// the byte before <paramref name="start"/> (2 bytes before with wide) and the byte after the
    /// window. Repeat counts above <see cref="PatternLimits.RepeatUnrollLimit"/> are clamped
    /// except in gaps of hex-like patterns, so pass maxLength ≤ 4096 for exact results with
    /// such repeats. Linear in maxLength × program size.
    /// </summary>
    public int MatchAt(ReadOnlySpan<byte> data, int start, int maxLength = PatternLimits.ScanLimit)
    {
        if ((uint)start > (uint)data.Length || maxLength < 0)
        {
            return -1;
        }

        if (AnchoredAtStart && start != 0)
        {
            return -1;
        }

        int limit = (int)Math.Min(data.Length, (long)start + maxLength);
        if (limit - start < MinLength)
        {
            return -1;
        }

        if (_literal is not null)
        {
            return data.Slice(start, limit - start).StartsWith(_literal) ? _literal.Length : -1;
        }

        return _fast is not null ? _fast.MatchAt(data, start, limit) : PikeVm.MatchAt(_program, data, start, limit);
    }

    /// <summary>True if the pattern matches anywhere in <paramref name="data"/> (no window limit).</summary>
    public bool IsMatch(ReadOnlySpan<byte> data)
    {
        if (_literal is not null)
        {
            return AnchoredAtStart ? data.StartsWith(_literal) : data.IndexOf(_literal) >= 0;
        }

        return PikeVm.IsMatch(_program, data, AnchoredAtStart);
    }

    /// <summary>
    /// True when the pattern is one fixed byte string: no classes, wildcards, alternatives, repeats
    /// of variable count or assertions, and no letters under case-insensitivity. With
    /// <see cref="PatternOptions.Wide"/> the returned bytes are the wide form (each byte followed by 0x00).
    /// </summary>
    public bool TryGetLiteral(out byte[] bytes)
    {
        bytes = _literal is null ? [] : (byte[])_literal.Clone();
        return _literal is not null;
    }
}
