namespace Semitori.Formats.DotNet;

/// <summary>A TypeDef row with its base type (coded TypeDefOrRef) and method range.</summary>
public sealed record DotNetTypeDef(uint Rid, string? Name, string? Namespace, uint Flags, MetadataTable? ExtendsTable, uint ExtendsRid, uint FirstMethodRid, uint MethodCount)
{
    public string FullName => string.IsNullOrEmpty(Namespace) ? Name ?? string.Empty : $"{Namespace}.{Name}";

    public bool IsInterface => (Flags & 0x20) != 0;

    public bool IsAbstract => (Flags & 0x80) != 0;

    public bool IsSealed => (Flags & 0x100) != 0;

    /// <summary>VisibilityMask: 0 not public, 1 public, 2..7 nested variants.</summary>
    public int Visibility => (int)(Flags & 0x7);
}
