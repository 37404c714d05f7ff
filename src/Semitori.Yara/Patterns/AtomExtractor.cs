namespace Semitori.Yara.Patterns;

/// <summary>
/// Chooses the atoms the scanner's Aho-Corasick prefilter looks for (libyara <c>atoms.c</c>
/// model): for each maximal run of fixed byte positions it scores every window of 1..4 bytes
/// with <see cref="AtomHeuristic"/>, expanding small sets (nocase pairs, nibble masks, short
/// classes) into variants; an alternation contributes the union of its alternatives' best atoms;
/// the best-scoring OR-set wins (score = worst atom quality minus a penalty growing with the
/// number of atoms).
/// </summary>
public static class AtomExtractor
{
    /// <summary>Largest OR-set returned.</summary>
    public const int MaxAtoms = 256;

    /// <summary>Largest number of variants one window may expand to.</summary>
    public const int MaxVariantsPerWindow = 64;

    /// <summary>
    /// Returns an OR-set of atoms: every match contains at least one of them at a distance within
    /// [MinOffset, MaxOffset] of its start; an EMPTY list when no useful atom exists (e.g.
    /// <c>/.*/</c>, <c>/[a-z]+/</c>) — then try every position. With <see cref="PatternOptions.Wide"/>
    /// the atoms are in wide form (byte, 0x00 interleaved as in the data). Case-insensitivity:
    /// when <see cref="PatternOptions.CaseInsensitive"/> is set, ASCII letters of the atoms are
    /// returned LOWERCASED and the scanner must add the case variants itself (its nocase atom
    /// expansion); when it is not set, atoms are exact bytes and need no expansion (a tree parsed
    /// with caseInsensitive = true but matched without the option yields both cases explicitly).
    /// </summary>
    public static IReadOnlyList<Atom> Extract(RegexNode node, PatternOptions options)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(options);
        var best = new AtomSearch(options).Best(node, 0, 0, depth: 0);
        return best is null ? [] : best.Atoms;
    }
}
