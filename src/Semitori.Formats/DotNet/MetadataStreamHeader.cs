namespace Semitori.Formats.DotNet;

/// <summary>One stream header of the metadata root.</summary>
/// <param name="Name">The stream name (e.g. #~, #Strings, #US, #GUID, #Blob).</param>
/// <param name="Offset">Offset relative to the metadata root, as stored.</param>
/// <param name="Size">Size as stored.</param>
/// <param name="FileOffset">Metadata root file offset + <paramref name="Offset"/> (libyara <c>streams[i].offset</c>).</param>
/// <param name="HeaderOffset">File offset of this header.</param>
public sealed record MetadataStreamHeader(string Name, uint Offset, uint Size, long FileOffset, long HeaderOffset);
