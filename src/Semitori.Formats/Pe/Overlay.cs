namespace Semitori.Formats.Pe;

/// <summary>
/// Data appended after the last section's raw data (libyara <c>overlay</c>): the section whose
/// PointerToRawData + SizeOfRawData is highest ends the image; both fields are 0 without overlay.
/// </summary>
public readonly record struct Overlay(long Offset, long Size)
{
    public bool IsPresent => Size > 0;
}
