namespace Semitori.Yara.Patterns;

/// <summary>An OR-set of atoms with its score (worst quality minus a penalty for the set size).</summary>
internal sealed class AtomCandidate(List<Atom> atoms)
{
    public List<Atom> Atoms { get; } = atoms;

    public int Score { get; } = atoms.Count == 0 ? int.MinValue : atoms.Min(a => a.Quality) - Penalty(atoms.Count);

    public static int Penalty(int count) => count <= 1 ? 0 : 3 * (int)Math.Ceiling(Math.Log2(count));

    public static AtomCandidate? Better(AtomCandidate? a, AtomCandidate? b) =>
        a is null ? b : b is null ? a : b.Score > a.Score ? b : a;
}
