namespace Semitori.Formats.DotNet;

/// <summary>A Constant row: element type (e.g. 0x0E string) and its value blob (libyara <c>constants[]</c>).</summary>
public sealed record DotNetConstant(byte ElementType, MetadataTable? ParentTable, uint ParentRid, ReadOnlyMemory<byte> Value);
