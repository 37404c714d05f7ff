namespace Semitori.Formats.DotNet;

/// <summary>A method parameter: its Param-table name (null when absent) and its decoded type.</summary>
public sealed record DotNetParameter(string? Name, string? Type);
