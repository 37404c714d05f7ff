using Semitori.Yara.Scanning;

namespace Semitori.Yara;

/// <summary>The matches of one string of a reported rule, in file order.</summary>
public sealed record StringMatches(string Identifier, IReadOnlyList<StringMatch> Matches, bool Truncated, bool IsHex = false);
