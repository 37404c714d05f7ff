namespace Semitori.Formats.DotNet;

/// <summary>A TypeRef row: a type used from another scope (ResolutionScope is a coded index).</summary>
public sealed record DotNetTypeRef(uint Rid, string? Name, string? Namespace, MetadataTable? ScopeTable, uint ScopeRid)
{
    public string FullName => string.IsNullOrEmpty(Namespace) ? Name ?? string.Empty : $"{Namespace}.{Name}";
}
