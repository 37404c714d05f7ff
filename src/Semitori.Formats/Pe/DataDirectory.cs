namespace Semitori.Formats.Pe;

/// <summary>One IMAGE_DATA_DIRECTORY entry (for the security directory, VirtualAddress is a file offset).</summary>
public readonly record struct DataDirectory(uint VirtualAddress, uint Size)
{
    public bool IsEmpty => VirtualAddress == 0;
}
