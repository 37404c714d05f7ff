namespace Semitori.Intel.Extraction;

/// <summary>An intrusion set named in a report, with the names the report used for it (as written).</summary>
public sealed record ActorMention(string Id, string Name, string? AttackId, IReadOnlyList<string> NamesInText, IReadOnlyList<string> AliasesInText);
