namespace Semitori.Formats.Pe;

public sealed partial class PeFile
{
    private const uint PageSize = 0x1000;
    private const uint SectorSize = 0x200;

    /// <summary>
    /// Translates an RVA to a file offset the way libyara's <c>pe_rva_to_offset</c> does, so the
    /// YARA module agrees with the reference: a section covers max(VirtualSize, SizeOfRawData);
    /// when sections overlap the one with the highest VirtualAddress wins; PointerToRawData is
    /// rounded down to min(FileAlignment, 0x200) and, with SectionAlignment ≥ 4 KiB, to a sector;
    /// RVAs below the first section map 1:1 into the file. False when no file byte backs the RVA.
    /// </summary>
    public bool TryRvaToOffset(ulong rva, out long offset)
    {
        offset = -1;
        if (Headers is not { } h)
        {
            return false;
        }

        uint lowestRva = uint.MaxValue;
        ulong sectionRva = 0;
        ulong sectionOffset = 0;
        ulong sectionRawSize = 0;
        uint alignment = Math.Min(h.OptionalHeader.FileAlignment, 0x200);
        foreach (SectionHeader s in h.Sections)
        {
            lowestRva = Math.Min(lowestRva, s.VirtualAddress);
            uint span = Math.Max(s.VirtualSize, s.SizeOfRawData);
            if (rva >= s.VirtualAddress && rva - s.VirtualAddress < span && sectionRva <= s.VirtualAddress)
            {
                sectionRva = s.VirtualAddress;
                uint raw = s.PointerToRawData;
                if (alignment != 0)
                {
                    raw -= raw % alignment;
                }

                if (h.OptionalHeader.SectionAlignment >= PageSize)
                {
                    raw &= ~(SectorSize - 1);
                }

                sectionOffset = raw;
                sectionRawSize = s.SizeOfRawData;
            }
        }

        if (rva < lowestRva)
        {
            sectionRva = 0;
            sectionOffset = 0;
            sectionRawSize = (ulong)Length;
        }

        if (rva - sectionRva >= sectionRawSize)
        {
            return false;
        }

        ulong result = sectionOffset + (rva - sectionRva);
        if (result >= (ulong)Length)
        {
            return false;
        }

        offset = (long)result;
        return true;
    }

    /// <summary>The section containing <paramref name="rva"/> (by virtual extent), or null.</summary>
    public SectionHeader? GetSectionByRva(ulong rva)
    {
        foreach (SectionHeader s in Sections)
        {
            if (rva >= s.VirtualAddress && rva - s.VirtualAddress < Math.Max(s.VirtualSize, s.SizeOfRawData))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Index of the section whose raw data contains file offset <paramref name="offset"/> (libyara <c>section_index(addr)</c>), or -1.</summary>
    public int IndexOfSectionContainingOffset(long offset)
    {
        for (int i = 0; i < Sections.Count; i++)
        {
            SectionHeader s = Sections[i];
            if (offset >= s.PointerToRawData && offset < (long)s.PointerToRawData + s.SizeOfRawData)
            {
                return i;
            }
        }

        return -1;
    }
}
