namespace Semitori.Formats.Pe;

/// <summary>The fixed headers of a PE file: DOS, COFF, optional header, data directories, section table.</summary>
public sealed class PeHeaders
{
    public required DosHeader DosHeader { get; init; }

    /// <summary>File offset of the PE\0\0 signature (e_lfanew).</summary>
    public long NtHeadersOffset { get; init; }

    public required CoffFileHeader FileHeader { get; init; }

    public required OptionalHeader OptionalHeader { get; init; }

    /// <summary>Data directories read (at most 16, fewer when NumberOfRvaAndSizes says so).</summary>
    public required IReadOnlyList<DataDirectory> DataDirectories { get; init; }

    /// <summary>Section headers read, in table order (at most <see cref="PeReaderOptions.MaxSections"/>).</summary>
    public required IReadOnlyList<SectionHeader> Sections { get; init; }

    /// <summary>File offset of the first section header.</summary>
    public long SectionTableOffset { get; init; }
}
