namespace Semitori.Hunting.Iocs;

/// <summary>One hash IOC: lower-case hex, algorithm, score (100 unless the line gives one), description and origin.</summary>
public sealed record HashIoc(string Hash, HashKind Kind, int Score, bool HasExplicitScore, string Description, IocOrigin Origin, int Line);
