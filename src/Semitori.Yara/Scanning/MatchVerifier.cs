using System.Diagnostics;
using Semitori.Yara.Compilation;

namespace Semitori.Yara.Scanning;

/// <summary>
/// Confirms atom hits: compares literals (exact or ASCII case-insensitive) or runs the pattern
/// matcher at each possible start, applies <c>fullword</c>, and records matches. One per scanner.
/// </summary>
internal sealed class MatchVerifier
{
    /// <summary>libyara's YR_RE_SCAN_LIMIT: a regex/hex match may not extend further than this.</summary>
    public const int ScanLimit = 4096;

    private readonly ScanContext _ctx;
    private readonly int[] _lastTried;
    private readonly bool[] _multiAtom;

    /// <summary>Per variant, when profiling: verification attempts and the time they took.</summary>
    private readonly long[]? _attempts;
    private readonly long[]? _ticks;

    public MatchVerifier(ScanContext ctx, IReadOnlyList<StringVariant> variants, ScanProfile? profile)
    {
        _ctx = ctx;
        _lastTried = new int[variants.Count];
        _multiAtom = new bool[variants.Count];
        _attempts = profile?.Attempts;
        _ticks = profile?.VerifyTicks;
        foreach (StringVariant v in variants)
        {
            _multiAtom[v.Id] = v.Atoms.Count > 1;
        }
    }

    public int MaxMatches { get; set; } = 1_000_000;

    public bool FastMode { get; set; }

    public void Reset() => Array.Fill(_lastTried, -1);

    public void OnHit(ReadOnlySpan<byte> data, int position, ReadOnlySpan<AtomEntry> entries)
    {
        bool[] excluded = _ctx.RuleExcluded;
        foreach (ref readonly AtomEntry e in entries)
        {
            if (excluded[e.RuleIndex])
            {
                continue;
            }

            if (e.LiteralLength >= 0)
            {
                int start = position - e.MinOffset;
                if (e.QuickCheck(data, start))
                {
                    VerifyLiteral(data, start, e.Variant, e.Variant.Literal!);
                }
            }
            else if (e.GapAnchor >= 0)
            {
                if (!e.GapChecks.Admits(data, position))
                {
                    continue;
                }

                // The pattern must be able to continue from the atom before any start is tried.
                Patterns.PatternMatcher matcher = e.Variant.Matcher!;
                int limit = (int)Math.Min(data.Length, (long)position - e.MinOffset + matcher.ScanLimit);
                if (!matcher.Gap!.ContinuesAt(data, e.GapAnchor, position, limit))
                {
                    continue;
                }

                VerifyPatternHit(data, position, e);
            }
            else if (e.CheckLength == 0 || e.AnchorCheck(data, position))
            {
                VerifyPatternHit(data, position, e);
            }
        }
    }

    /// <summary>Tries every start the hit's distance range allows.</summary>
    private void VerifyPatternHit(ReadOnlySpan<byte> data, int position, in AtomEntry e)
    {
        // Chained hex strings (long or open jumps) have no 4096-byte limit: any earlier start may match.
        int reach = e.MaxOffset >= 0 ? e.MaxOffset : e.Variant.Matcher!.ScanLimit == int.MaxValue ? position : ScanLimit;
        int low = position - reach;
        int high = position - e.MinOffset;
        VerifyPattern(data, Math.Max(0, low), high, e.Variant);
    }

    public void VerifyLiteral(ReadOnlySpan<byte> data, int start, StringVariant v, byte[] literal)
    {
        if (start < 0 || start > data.Length - literal.Length)
        {
            return;
        }

        long t0 = 0;
        if (_attempts is not null)
        {
            _attempts[v.Id]++;
            t0 = Stopwatch.GetTimestamp();
        }

        ReadOnlySpan<byte> candidate = data.Slice(start, literal.Length);
        bool equal = v.NoCase ? AsciiCase.EqualsIgnoreCase(candidate, literal) : candidate.SequenceEqual(literal);
        if (equal)
        {
            Record(data, start, literal.Length, v);
        }

        if (_ticks is not null)
        {
            _ticks[v.Id] += Stopwatch.GetTimestamp() - t0;
        }
    }

    public void VerifyPattern(ReadOnlySpan<byte> data, int low, int high, StringVariant v)
    {
        Patterns.PatternMatcher m = v.Matcher!;
        if (m.AnchoredAtStart)
        {
            low = 0;
            high = Math.Min(high, 0);
        }

        if (!_multiAtom[v.Id])
        {
            low = Math.Max(low, _lastTried[v.Id] + 1);
            _lastTried[v.Id] = Math.Max(_lastTried[v.Id], high);
        }

        long t0 = _ticks is null ? 0 : Stopwatch.GetTimestamp();
        int last = Math.Min(high, data.Length - 1);
        System.Buffers.SearchValues<byte>? first = m.FirstByteFilter;
        for (int s = low; s <= last; s++)
        {
            if (first is not null)
            {
                // MatchAt rejects a start whose byte cannot begin a match; skip those in one search.
                int skip = data.Slice(s, last - s + 1).IndexOfAny(first);
                if (skip < 0)
                {
                    break;
                }

                s += skip;
            }

            if (_attempts is not null)
            {
                _attempts[v.Id]++;
            }

            int length = m.MatchAt(data, s, m.ScanLimit);
            if (length >= 0)
            {
                Record(data, s, length, v);
            }
        }

        if (_ticks is not null)
        {
            _ticks[v.Id] += Stopwatch.GetTimestamp() - t0;
        }
    }

    private void Record(ReadOnlySpan<byte> data, int start, int length, StringVariant v)
    {
        // yara 4.2.3 never reports an empty match (e.g. /x?/ on "abc"); 4.5 reports some. We follow the CLI we are measured against.
        if (length == 0)
        {
            return;
        }

        if (v.Owner.FixedOffset >= 0 && start != v.Owner.FixedOffset)
        {
            return;
        }

        if (v.Owner.Fullword && !IsFullword(data, start, length, v.Wide))
        {
            return;
        }

        int index = v.Owner.Index;
        MatchList list = _ctx.Matches[index];
        if (list.Count == 0)
        {
            _ctx.Touched.Add(index);
        }
        else if (FastMode)
        {
            return;
        }

        list.Add(new StringMatch(start, length, [], v.XorKey), MaxMatches);
    }

    /// <summary>libyara's fullword: no alphanumeric character (or wide character) right before or after.</summary>
    private static bool IsFullword(ReadOnlySpan<byte> data, int start, int length, bool wide)
    {
        int end = start + length;
        if (wide)
        {
            if (start >= 2 && data[start - 1] == 0 && AsciiCase.IsAlphanumeric(data[start - 2]))
            {
                return false;
            }

            return !(end + 1 < data.Length && data[end + 1] == 0 && AsciiCase.IsAlphanumeric(data[end]));
        }

        if (start >= 1 && AsciiCase.IsAlphanumeric(data[start - 1]))
        {
            return false;
        }

        return !(end < data.Length && AsciiCase.IsAlphanumeric(data[end]));
    }
}
