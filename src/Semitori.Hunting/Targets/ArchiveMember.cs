namespace Semitori.Hunting.Targets;

/// <summary>One decompressed member of an archive, with its display path (<c>outer.zip!dir/name</c>).</summary>
public sealed record ArchiveMember(string Path, string EntryName, ReadOnlyMemory<byte> Data);
