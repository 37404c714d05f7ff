namespace Semitori.Formats.DotNet;

/// <summary>A MemberRef row: a method or field of another type, by name and signature.</summary>
public sealed record DotNetMemberRef(uint Rid, string? Name, MetadataTable? ParentTable, uint ParentRid, ReadOnlyMemory<byte> Signature);
