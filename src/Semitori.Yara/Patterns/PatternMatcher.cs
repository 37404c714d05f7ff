using System.Buffers;

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
    private readonly ulong[] _first;
    private readonly bool _filterFirst;
    private readonly ulong[] _prefix;
    private readonly int _prefixLength;
    private readonly SearchValues<byte>? _firstValues;

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
        ScanLimit = NodeMetrics.IsChained(node) ? int.MaxValue : PatternLimits.ScanLimit;
        _literal = LiteralExtractor.TryGet(node, options);
        var first = FirstBytes.Of(node, options);
        _filterFirst = !first.IsAll;
        _first = [first.GetWord(0), first.GetWord(1), first.GetWord(2), first.GetWord(3)];
        _firstValues = _filterFirst ? ToSearchValues(first) : null;
        var prefix = PrefixSets.Of(node, options);
        _prefixLength = Math.Min(prefix.Length, MinLength);
        for (int i = 0; i < _prefixLength; i++)
        {
            // Positions that are not a masked byte stay unchecked (mask 0) in the word.
            if (GapMatcher.TryMasked(prefix[i], out byte v, out byte m))
            {
                PrefixValue |= (ulong)v << (8 * i);
                PrefixMask |= (ulong)m << (8 * i);
            }
        }

        _prefix = new ulong[4 * _prefixLength];
        for (int i = 0; i < _prefixLength; i++)
        {
            for (int w = 0; w < 4; w++)
            {
                _prefix[(4 * i) + w] = prefix[i].GetWord(w);
            }
        }
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

    /// <summary>
    /// The maxLength to pass to <see cref="MatchAt"/> to reproduce libyara: 4096
    /// (<c>YR_RE_SCAN_LIMIT</c>), or int.MaxValue for hex strings with a jump wider than 200 bytes
    /// or unbounded (<c>[-]</c>, <c>[300-]</c>, <c>[0-1000]</c>), which libyara splits into chained
    /// pieces (<c>YR_STRING_CHAINING_THRESHOLD</c>) whose total span is not limited.
    /// </summary>
    public int ScanLimit { get; }

    /// <summary>
    /// The bytes a match can begin with, or null when any start is possible: the scanner skips
    /// to the next candidate start with one vectorised search instead of calling <see cref="MatchAt"/>
    /// at every position of an atom's start range.
    /// </summary>
    internal SearchValues<byte>? FirstByteFilter => _firstValues;

    /// <summary>
    /// The first <see cref="PrefixLength"/> bytes every match starts with, as one masked word
    /// (<c>(word &amp; PrefixMask) == PrefixValue</c>): the scanner checks a hit against it inline.
    /// </summary>
    internal ulong PrefixValue { get; }

    internal ulong PrefixMask { get; }

    internal int PrefixLength => _prefixLength;

    /// <summary>The gap matcher behind hex-like patterns (null for the Pike VM): the scanner asks it whether a hit can continue.</summary>
    internal GapMatcher? Gap => _fast;

    /// <summary>True when every match must begin at offset 0 of the data (the pattern starts with <c>^</c>).</summary>
    public bool AnchoredAtStart { get; }

    /// <summary>
    /// Length of the match starting exactly at <paramref name="start"/>, or -1. Greedy and lazy
    /// quantifiers decide the length as a backtracking engine would (hex jumps are lazy). The
    /// match lies within <c>[start, start + maxLength)</c> ∩ data (libyara <c>YR_RE_SCAN_LIMIT</c> =
    /// 4096); <c>^</c>/<c>$</c> test offset 0 and <c>data.Length</c>; <c>\b</c>/<c>\B</c> may look at
    /// the byte before <paramref name="start"/> (2 bytes before with wide) and the byte after the
    /// window. Regex repeat counts above <see cref="PatternLimits.RepeatUnrollLimit"/> (4096) are
    /// clamped, which is exact for maxLength ≤ 4096; hex jumps are exact at any size when the
    /// pattern has at most one long jump (gap fast path), otherwise a jump bound above 4096 is
    /// treated as open-ended past 4096 bytes (only matters with <see cref="ScanLimit"/> = int.MaxValue).
    /// Linear in maxLength × program size.
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

        if (_filterFirst)
        {
            // MinLength > 0 here, so start < limit.
            byte b = data[start];
            if (((_first[b >> 6] >> (b & 63)) & 1) == 0)
            {
                return -1;
            }
        }

        for (int i = 0; i < _prefixLength; i++)
        {
            // MinLength ≥ _prefixLength, so these bytes are inside the window.
            byte b = data[start + i];
            if (((_prefix[(4 * i) + (b >> 6)] >> (b & 63)) & 1) == 0)
            {
                return -1;
            }
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

        return PikeVm.IsMatch(_program, data, AnchoredAtStart, _firstValues);
    }

    private static SearchValues<byte> ToSearchValues(ByteSet set)
    {
        Span<byte> members = stackalloc byte[256];
        int n = set.CopyTo(members);
        return SearchValues.Create(members[..n]);
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
