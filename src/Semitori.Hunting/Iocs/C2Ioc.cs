namespace Semitori.Hunting.Iocs;

/// <summary>One C2 IOC: a host name or IP address (lower case), its score, description (comment above) and origin.</summary>
public sealed record C2Ioc(string Value, bool IsAddress, int Score, bool HasExplicitScore, string Description, IocOrigin Origin, int Line);
