namespace Semitori.Formats.Pe;

/// <summary>One Rich header record: which tool (product id) of which build produced how many objects.</summary>
/// <param name="ToolId">High 16 bits of the id/version dword (libyara <c>toolid</c>).</param>
/// <param name="Version">Low 16 bits: the tool's build number (libyara <c>version</c>).</param>
/// <param name="Count">Number of objects ("times").</param>
public readonly record struct RichEntry(ushort ToolId, ushort Version, uint Count);
