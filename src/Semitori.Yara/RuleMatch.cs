using Semitori.Yara.Scanning;

namespace Semitori.Yara;

/// <summary>A reported rule: identity, tags, metadata, and the matches of its non-private strings.</summary>
public sealed record RuleMatch(
    string Rule,
    string Namespace,
    bool Matched,
    IReadOnlyList<string> Tags,
    IReadOnlyList<KeyValuePair<string, object>> Meta,
    IReadOnlyList<StringMatches> Strings);
