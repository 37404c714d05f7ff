namespace Semitori.Formats.Pe;

/// <summary>The debug directory and the PDB path of its first readable CodeView record.</summary>
public sealed class DebugDirectory
{
    public static DebugDirectory Empty { get; } = new() { Entries = [] };

    public required IReadOnlyList<DebugDirectoryEntry> Entries { get; init; }

    /// <summary>PDB path from an RSDS, NB10 or MTOC CodeView record (libyara <c>pdb_path</c>), raw bytes as Latin-1.</summary>
    public string? PdbPath { get; init; }

    /// <summary>The RSDS GUID when the record was RSDS (PDB 7.0).</summary>
    public Guid? PdbGuid { get; init; }

    /// <summary>The RSDS/NB10 age.</summary>
    public uint? PdbAge { get; init; }
}
