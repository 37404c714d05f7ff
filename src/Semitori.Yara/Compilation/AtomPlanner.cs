namespace Semitori.Yara.Compilation;

/// <summary>
/// Chooses each literal's atom knowing the whole rule set. libyara picks the best-quality window
/// of each string alone, so hundreds of strings that share a prefix ("C\0o\0m\0p\0a\0n\0y",
/// "http://") share one atom, and every hit of it verifies all of them. Here a window's score
/// is its quality minus a penalty that grows with the number of literals offering the same
/// window, so strings spread over rarer atoms while keeping good ones.
/// </summary>
internal static class AtomPlanner
{
    /// <summary>Quality points given up per doubling of the literals sharing a window.</summary>
    private const int SharingPenalty = 6;

    /// <summary>Score credit of an anchored atom: its hits are mostly rejected by one compare.</summary>
    private const int AnchorBonus = 10;

    /// <summary>
    /// Chooses every variant's atom. The windows each variant offers and the choices are worked
    /// out on up to <paramref name="threads"/> threads, and so is the counting (one shard per thread).
    /// </summary>
    public static void Plan(IReadOnlyList<StringVariant> variants, int threads = 1)
    {
        var offers = new ulong[variants.Count][];
        ParallelLoop.For(variants.Count, threads, i => offers[i] = Offers(variants[i]));
        WindowCounts offered = WindowCounts.Count(offers, threads);

        ParallelLoop.For(variants.Count, threads, i => Choose(variants[i], offered));
    }

    /// <summary>
    /// The distinct windows a variant offers: a literal's every window of up to four bytes (any
    /// of which it could take), a pattern's current atoms.
    /// </summary>
    private static ulong[] Offers(StringVariant v)
    {
        ulong[] keys;
        if (v.Literal is { } literal)
        {
            byte[] folded = Fold(v, literal);
            int length = Math.Min(4, folded.Length);
            keys = new ulong[Math.Max(0, folded.Length - length + 1)];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = AtomForms.LengthKey(folded.AsSpan(i, length));
            }
        }
        else
        {
            keys = [.. v.Atoms.Select(a => AtomForms.LengthKey(a.Bytes))];
        }

        Array.Sort(keys);
        int distinct = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                keys[distinct++] = keys[i];
            }
        }

        return distinct == keys.Length ? keys : keys[..distinct];
    }

    private static void Choose(StringVariant v, WindowCounts offered)
    {
        if (v.Literal is not { } literal)
        {
            PlanPattern(v, offered);
            v.RequiredRuns = null;
            return;
        }

        byte[] folded = Fold(v, literal);
        int length = Math.Min(4, folded.Length);
        int bestOffset = 0;
        double bestScore = double.MinValue;
        for (int i = 0; i + length <= folded.Length; i++)
        {
            ReadOnlySpan<byte> window = folded.AsSpan(i, length);
            int sharing = offered.Of(AtomForms.LengthKey(window));
            double score = AtomQuality.Of(window) - (SharingPenalty * Math.Log2(sharing));
            if (score > bestScore)
            {
                bestScore = score;
                bestOffset = i;
            }
        }

        v.Atoms.Clear();
        v.Atoms.Add((folded.AsSpan(bestOffset, length).ToArray(), bestOffset, bestOffset));
    }

    /// <summary>
    /// Replaces a pattern's atoms by one window of a required literal run when that window
    /// scores better than the extractor's choice once sharing is counted.
    /// </summary>
    private static void PlanPattern(StringVariant v, WindowCounts offered)
    {
        if (v.RequiredRuns is not { } runs || v.Atoms.Count == 0)
        {
            return;
        }

        // A run window is preferred unless clearly worse: it also gives an anchor run to check hits against.
        double current = v.Atoms.Min(a => Score(a.Bytes, a.MinOffset, a.MaxOffset, offered)) - AnchorBonus;
        (byte[] Bytes, int Min, int Max, byte[] Run, int Delta)? best = null;
        double bestScore = current;
        foreach ((byte[] run, int min, int max) in runs)
        {
            // Short runs give short atoms that hit everywhere: measured slower than the extractor's choice.
            if (run.Length < 3)
            {
                continue;
            }

            int length = Math.Min(4, run.Length);
            for (int i = 0; i + length <= run.Length; i++)
            {
                ReadOnlySpan<byte> window = run.AsSpan(i, length);
                double score = Score(window, min + i, max < 0 ? -1 : max + i, offered);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = (window.ToArray(), min + i, max < 0 ? -1 : max + i, run, i);
                }
            }
        }

        if (best is { } b)
        {
            v.Atoms.Clear();
            v.Atoms.Add((b.Bytes, b.Min, b.Max));
            v.AnchorRun = b.Run;
            v.AnchorDelta = b.Delta;
        }
    }

    /// <summary>
    /// Quality, less the sharing penalty, less the cost of not knowing where the match starts:
    /// each hit of an atom at a variable distance is verified from every possible start.
    /// </summary>
    private static byte[] Fold(StringVariant v, byte[] literal) => v.NoCase ? Array.ConvertAll(literal, AsciiCase.Lower) : literal;

    private static double Score(ReadOnlySpan<byte> atom, int min, int max, WindowCounts offered) =>
        AtomQuality.Of(atom) - (SharingPenalty * Math.Log2(offered.Of(AtomForms.LengthKey(atom))))
        - (max < 0 ? 48 : 4 * Math.Log2(1 + max - min));
}
