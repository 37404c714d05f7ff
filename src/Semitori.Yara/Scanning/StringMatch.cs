namespace Semitori.Yara.Scanning;

/// <summary>One match of a string: where it starts, how long it is, and (for -s output) its bytes.</summary>
public readonly record struct StringMatch(long Offset, int Length, byte[] Data, int XorKey = -1);
