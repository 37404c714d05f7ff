namespace Semitori.Yara.Compilation;

/// <summary>
/// One (variant, start-distance range) an atom leads to, with a quick check: for a literal,
/// the first up-to-8 bytes as a masked 64-bit compare (ASCII case folded for nocase), so most
/// false hits are rejected from the entry array and the data already in cache, without
/// touching the variant object.
/// </summary>
internal readonly struct AtomEntry
{
    private AtomEntry(StringVariant variant, int minOffset, int maxOffset, ulong expected, ulong mask, ulong fold, int checkLength, int literalLength)
    {
        Variant = variant;
        RuleIndex = variant.Owner.RuleIndex;
        MinOffset = minOffset;
        MaxOffset = maxOffset;
        Expected = expected;
        Mask = mask;
        Fold = fold;
        CheckLength = checkLength;
        LiteralLength = literalLength;
    }

    public StringVariant Variant { get; }

    /// <summary>The rule of the string, inline so hits of rules excluded by a guard are skipped without touching the variant.</summary>
    public int RuleIndex { get; }

    public int MinOffset { get; }

    public int MaxOffset { get; }

    public ulong Expected { get; }

    public ulong Mask { get; }

    public ulong Fold { get; }

    /// <summary>Bytes covered by the quick check (0: no quick check, verify through the variant).</summary>
    public int CheckLength { get; }

    /// <summary>Length of the literal, or -1 for a pattern.</summary>
    public int LiteralLength { get; }

    public static AtomEntry For(StringVariant v, byte[] atom, int min, int max)
    {
        if (v.Literal is not { } literal)
        {
            // A hex-like pattern with one exact atom: hits are first checked around and after the atom.
            int gapAnchor = !v.NoCase && v.Atoms.Count == 1 && v.Matcher?.Gap is { } gap ? gap.Locate(atom, min, max) : -1;
            if (gapAnchor >= 0)
            {
                return new AtomEntry(v, min, max, 0, 0, 0, 0, -1) { GapAnchor = gapAnchor, GapChecks = v.Matcher!.Gap!.QuickCheckFor(gapAnchor) };
            }

            if (v.AnchorRun is { } run)
            {
                // Patterns: the quick check covers the start of the anchor run, CheckOffset bytes before the hit.
                (ulong e, ulong m, ulong f, int n) = Masked(run, v.NoCase);
                return new AtomEntry(v, min, max, e, m, f, n, -1) { CheckOffset = v.AnchorDelta, RunLength = run.Length };
            }

            if (min == max && v.Matcher is { PrefixLength: > 0 } pm && !pm.AnchoredAtStart)
            {
                // The match starts a fixed distance before the hit: its first bytes are checked inline (RunLength 0).
                return new AtomEntry(v, min, max, pm.PrefixValue, pm.PrefixMask, 0, pm.PrefixLength, -1) { CheckOffset = min };
            }

            return new AtomEntry(v, min, max, 0, 0, 0, 0, -1);
        }

        (ulong expected, ulong mask, ulong fold, int count) = Masked(literal, v.NoCase);
        return new AtomEntry(v, min, max, expected, mask, fold, count, literal.Length) { CheckOffset = min };
    }

    /// <summary>
    /// For a hex-like pattern: where its atom sits in the gap matcher (<see cref="Patterns.GapMatcher.Locate"/>),
    /// or -1. A hit is verified only when the pattern can continue from the atom.
    /// </summary>
    public int GapAnchor { get; private init; } = -1;

    /// <summary>For a located pattern (<see cref="GapAnchor"/> ≥ 0): the checks of a hit that read only this entry and the data.</summary>
    public Patterns.GapQuickCheck GapChecks { get; private init; }

    /// <summary>Bytes before the atom hit where the quick-checked bytes start.</summary>
    public int CheckOffset { get; private init; }

    /// <summary>Length of the anchor run (patterns), kept inline so rejections never touch the variant.</summary>
    public int RunLength { get; private init; }

    /// <summary>For patterns with an anchor run: false when the run is certainly not at the hit.</summary>
    public bool AnchorCheck(ReadOnlySpan<byte> data, int position)
    {
        if (RunLength == 0)
        {
            // No anchor run: the quick word holds the pattern's prefix.
            int from = position - CheckOffset;
            return from >= 0 && from <= data.Length - CheckLength && QuickWord(data, from);
        }

        int start = position - CheckOffset;
        if (start < 0 || start > data.Length - RunLength || !QuickWord(data, start))
        {
            return false;
        }

        byte[] run = Variant.AnchorRun!;
        ReadOnlySpan<byte> candidate = data.Slice(start, run.Length);
        return Variant.NoCase ? AsciiCase.EqualsIgnoreCase(candidate, run) : candidate.SequenceEqual(run);
    }

    private static (ulong Expected, ulong Mask, ulong Fold, int Count) Masked(byte[] literal, bool noCase)
    {
        int n = Math.Min(8, literal.Length);
        ulong expected = 0, mask = 0, fold = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = literal[i];
            if (noCase && AsciiCase.IsLetter(b))
            {
                fold |= 0x20UL << (8 * i);
                b = AsciiCase.Lower(b);
            }

            expected |= (ulong)b << (8 * i);
            mask |= 0xFFUL << (8 * i);
        }

        return (expected, mask, fold, n);
    }

    /// <summary>False when the literal certainly does not start at <paramref name="start"/>.</summary>
    public bool QuickCheck(ReadOnlySpan<byte> data, int start)
    {
        if (start < 0 || start > data.Length - LiteralLength)
        {
            return false;
        }

        return QuickWord(data, start);
    }

    private bool QuickWord(ReadOnlySpan<byte> data, int start) =>
        ((Patterns.DataWord.Read(data, start, CheckLength) | Fold) & Mask) == Expected;
}
