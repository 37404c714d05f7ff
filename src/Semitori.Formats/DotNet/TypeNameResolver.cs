namespace Semitori.Formats.DotNet;

/// <summary>
/// Type names as libyara 4.3+ builds them for <c>classes[]</c>: "namespace.name" cut at the first
/// backtick (generic arity), and nested types placed under their enclosing type through the
/// NestedClass table (depth-capped, self-references ignored, the &lt;Module&gt; type skipped).
/// </summary>
internal sealed class TypeNameResolver
{
    private const int MaxNestingDepth = 10;
    private readonly MetadataTables _tables;
    private readonly MetadataHeaps _heaps;
    private readonly Dictionary<uint, uint> _enclosing = [];

    public TypeNameResolver(MetadataTables tables, MetadataHeaps heaps, uint maxRows)
    {
        _tables = tables;
        _heaps = heaps;
        uint rows = Math.Min(tables.AvailableRows(MetadataTable.NestedClass), maxRows);
        for (uint rid = 1; rid <= rows; rid++)
        {
            _enclosing.TryAdd(tables.Get(MetadataTable.NestedClass, rid, 0), tables.Get(MetadataTable.NestedClass, rid, 1));
        }
    }

    /// <summary>libyara <c>create_full_name</c>.</summary>
    public static string? FullName(string? name, string? ns)
    {
        if (string.IsNullOrEmpty(name))
        {
            return ns;
        }

        string joined = string.IsNullOrEmpty(ns) ? name : $"{ns}.{name}";
        int tick = joined.IndexOf('`', StringComparison.Ordinal);
        return tick >= 0 ? joined[..tick] : joined;
    }

    public static bool IsNested(uint flags) => (flags & 0x7) >= 2;

    public string? Name(uint rid) => _heaps.GetString(_tables.Get(MetadataTable.TypeDef, rid, 1));

    /// <summary>The namespace libyara reports for a TypeDef: its own, prefixed by the enclosing types when nested.</summary>
    public string? Namespace(uint rid)
    {
        string? ns = _heaps.GetString(_tables.Get(MetadataTable.TypeDef, rid, 2));
        return IsNested(_tables.Get(MetadataTable.TypeDef, rid, 0)) ? FullName(ns, Enclosing(rid, 1)) : ns;
    }

    public string? TypeDefFullName(uint rid) => FullName(Name(rid), Namespace(rid));

    public string? TypeRefFullName(uint rid) =>
        FullName(_heaps.GetString(_tables.Get(MetadataTable.TypeRef, rid, 1)), _heaps.GetString(_tables.Get(MetadataTable.TypeRef, rid, 2)));

    private string? Enclosing(uint nested, int depth)
    {
        if (depth > MaxNestingDepth || !_enclosing.TryGetValue(nested, out uint outer))
        {
            return null;
        }

        string? name = Name(outer);
        if (name == "<Module>")
        {
            return null;
        }

        string? ns = _heaps.GetString(_tables.Get(MetadataTable.TypeDef, outer, 2));
        if (IsNested(_tables.Get(MetadataTable.TypeDef, outer, 0)) && outer != nested)
        {
            return FullName(name, FullName(ns, Enclosing(outer, depth + 1)));
        }

        return FullName(name, ns);
    }
}
