using Semitori.Yara.Patterns;

namespace Semitori.Yara.Compilation;

/// <summary>
/// One concrete byte form of a string that the search looks for: a literal (possibly
/// case-insensitive) or a pattern matcher, with the atoms that lead the prefilter to it.
/// </summary>
internal sealed class StringVariant
{
    public StringVariant(CompiledString owner, byte[]? literal, bool noCase, PatternMatcher? matcher, bool wide, int xorKey)
    {
        Owner = owner;
        Literal = literal;
        NoCase = noCase;
        Matcher = matcher;
        Wide = wide;
        XorKey = xorKey;
    }

    public CompiledString Owner { get; }

    public byte[]? Literal { get; }

    public bool NoCase { get; }

    public PatternMatcher? Matcher { get; }

    /// <summary>
    /// The literal runs every match of the pattern contains (for the atom planner), when the
    /// variant is a pattern searched as written (not wide). Taken from the pattern's tree when the
    /// string is compiled, so the tree itself is garbage at once (the trees of a large rule set
    /// weigh more than everything the scan keeps); released once the atoms are planned.
    /// </summary>
    public List<(byte[] Bytes, int MinOffset, int MaxOffset)>? RequiredRuns { get; set; }

    public bool Wide { get; }

    public int XorKey { get; }

    /// <summary>Atoms: every match contains one of them at a distance in [MinOffset, MaxOffset] of its start (-1: unbounded).</summary>
    public List<(byte[] Bytes, int MinOffset, int MaxOffset)> Atoms { get; } = [];

    /// <summary>
    /// For a pattern whose single atom was taken from a required literal run: the whole run and
    /// where the atom sits in it. A hit is first checked against the run — most hits of a
    /// short atom fail there, before any start position is tried.
    /// </summary>
    public byte[]? AnchorRun { get; set; }

    /// <summary>Offset of the atom inside <see cref="AnchorRun"/>.</summary>
    public int AnchorDelta { get; set; }

    /// <summary>Set by the scanner's index builder: position in the variant table.</summary>
    public int Id { get; set; }
}
