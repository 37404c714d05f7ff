using Semitori.Formats.Common;
using Semitori.Formats.Pe;

namespace Semitori.Formats.DotNet;

/// <summary>
/// Builds the model lists (assembly, references, types, methods, attributes, resources…) from the
/// tables and heaps. Each list is capped at <see cref="DotNetReaderOptions.MaxMetadataRows"/> rows,
/// and every reference is resolved through bounds-checked lookups, so bad RIDs give nulls.
/// </summary>
internal sealed class MetadataModelReader
{
    private readonly MetadataTables _t;
    private readonly MetadataHeaps _h;
    private readonly AnomalySink _sink;
    private readonly int _maxRows;

    public MetadataModelReader(MetadataTables tables, MetadataHeaps heaps, AnomalySink sink, int maxRows)
    {
        _t = tables;
        _h = heaps;
        _sink = sink;
        _maxRows = maxRows;
    }

    private uint Rows(MetadataTable table)
    {
        uint rows = _t.AvailableRows(table);
        if (rows < _t.RowCount(table))
        {
            _sink.Report(DotNetAnomalyCodes.TooManyRows, $"{table} declares {_t.RowCount(table)} rows; {rows} fit in the tables stream");
        }

        if (rows > _maxRows)
        {
            _sink.Report(DotNetAnomalyCodes.TooManyRows, $"{table} declares {rows} rows; {_maxRows} read");
            return (uint)_maxRows;
        }

        return rows;
    }

    private byte[] BlobArray(uint index) => _h.GetBlob(index).ToArray();

    private DotNetVersion Version(MetadataTable table, uint rid, int first) =>
        new((ushort)_t.Get(table, rid, first), (ushort)_t.Get(table, rid, first + 1), (ushort)_t.Get(table, rid, first + 2), (ushort)_t.Get(table, rid, first + 3));

    public DotNetModule? ReadModule() => _t.RowCount(MetadataTable.Module) == 0 ? null : new DotNetModule(
        _h.GetString(_t.Get(MetadataTable.Module, 1, 1)),
        _h.GetGuid(_t.Get(MetadataTable.Module, 1, 2)),
        _h.GetGuid(_t.Get(MetadataTable.Module, 1, 3)),
        _h.GetGuid(_t.Get(MetadataTable.Module, 1, 4)));

    public DotNetAssembly? ReadAssembly()
    {
        const MetadataTable a = MetadataTable.Assembly;
        return _t.RowCount(a) == 0 ? null : new DotNetAssembly(
            _h.GetString(_t.Get(a, 1, 7)), Version(a, 1, 1), _h.GetString(_t.Get(a, 1, 8)), _t.Get(a, 1, 5), _t.Get(a, 1, 0), BlobArray(_t.Get(a, 1, 6)));
    }

    public List<DotNetAssemblyRef> ReadAssemblyRefs()
    {
        const MetadataTable a = MetadataTable.AssemblyRef;
        var list = new List<DotNetAssemblyRef>();
        for (uint rid = 1; rid <= Rows(a); rid++)
        {
            list.Add(new DotNetAssemblyRef(_h.GetString(_t.Get(a, rid, 6)), Version(a, rid, 0), _h.GetString(_t.Get(a, rid, 7)), _t.Get(a, rid, 4), BlobArray(_t.Get(a, rid, 5))));
        }

        return list;
    }

    public List<string?> ReadModuleRefs()
    {
        var list = new List<string?>();
        for (uint rid = 1; rid <= Rows(MetadataTable.ModuleRef); rid++)
        {
            list.Add(_h.GetString(_t.Get(MetadataTable.ModuleRef, rid, 0)));
        }

        return list;
    }

    public List<DotNetTypeRef> ReadTypeRefs()
    {
        const MetadataTable r = MetadataTable.TypeRef;
        var list = new List<DotNetTypeRef>();
        for (uint rid = 1; rid <= Rows(r); rid++)
        {
            (MetadataTable? scope, uint scopeRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.ResolutionScope, _t.Get(r, rid, 0));
            list.Add(new DotNetTypeRef(rid, _h.GetString(_t.Get(r, rid, 1)), _h.GetString(_t.Get(r, rid, 2)), scope, scopeRid));
        }

        return list;
    }

    public List<DotNetTypeDef> ReadTypeDefs()
    {
        const MetadataTable d = MetadataTable.TypeDef;
        uint types = Rows(d);
        uint methods = _t.RowCount(MetadataTable.MethodDef);
        var list = new List<DotNetTypeDef>();
        for (uint rid = 1; rid <= types; rid++)
        {
            (MetadataTable? extends, uint extendsRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.TypeDefOrRef, _t.Get(d, rid, 3));
            uint first = _t.Get(d, rid, 5);
            uint next = rid < _t.RowCount(d) ? _t.Get(d, rid + 1, 5) : methods + 1;
            uint count = first >= 1 && next > first ? Math.Min(next, methods + 1) - Math.Min(first, methods + 1) : 0;
            list.Add(new DotNetTypeDef(rid, _h.GetString(_t.Get(d, rid, 1)), _h.GetString(_t.Get(d, rid, 2)), _t.Get(d, rid, 0), extends, extendsRid, first, count));
        }

        return list;
    }

    public List<DotNetMethod> ReadMethods(IReadOnlyList<DotNetTypeDef> types)
    {
        const MetadataTable m = MetadataTable.MethodDef;
        var owners = new uint[Math.Min(_t.AvailableRows(m), (uint)_maxRows) + 1];
        // Method lists are consecutive ranges; forged, overlapping ranges are only walked where not
        // yet covered, so the total work stays linear in the number of methods.
        long covered = 0;
        foreach (DotNetTypeDef type in types)
        {
            long end = Math.Min((long)type.FirstMethodRid + type.MethodCount, owners.Length);
            for (long i = Math.Max(type.FirstMethodRid, covered + 1); i < end; i++)
            {
                owners[i] = type.Rid;
            }

            covered = Math.Max(covered, end - 1);
        }

        var list = new List<DotNetMethod>();
        for (uint rid = 1; rid <= Rows(m); rid++)
        {
            list.Add(new DotNetMethod(rid, _h.GetString(_t.Get(m, rid, 3)), _t.Get(m, rid, 0), (ushort)_t.Get(m, rid, 1), (ushort)_t.Get(m, rid, 2), owners[rid], _h.GetBlob(_t.Get(m, rid, 4))));
        }

        return list;
    }

    public List<DotNetMemberRef> ReadMemberRefs()
    {
        const MetadataTable r = MetadataTable.MemberRef;
        var list = new List<DotNetMemberRef>();
        for (uint rid = 1; rid <= Rows(r); rid++)
        {
            (MetadataTable? parent, uint parentRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.MemberRefParent, _t.Get(r, rid, 0));
            list.Add(new DotNetMemberRef(rid, _h.GetString(_t.Get(r, rid, 1)), parent, parentRid, _h.GetBlob(_t.Get(r, rid, 2))));
        }

        return list;
    }

    public List<DotNetCustomAttribute> ReadCustomAttributes(IReadOnlyList<DotNetTypeDef> types, IReadOnlyList<DotNetMethod> methods)
    {
        const MetadataTable c = MetadataTable.CustomAttribute;
        var list = new List<DotNetCustomAttribute>();
        for (uint rid = 1; rid <= Rows(c); rid++)
        {
            (MetadataTable? parent, uint parentRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.HasCustomAttribute, _t.Get(c, rid, 0));
            (MetadataTable? ctor, uint ctorRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.CustomAttributeType, _t.Get(c, rid, 1));
            ReadOnlyMemory<byte> blob = _h.GetBlob(_t.Get(c, rid, 2));
            (string? ns, string? name, ReadOnlyMemory<byte> signature) = ResolveConstructor(ctor, ctorRid, types, methods);
            IReadOnlyList<CustomAttributeArgument> arguments = CustomAttributeDecoder.Decode(signature.Span, blob.Span, out string? error);
            if (error is not null && !blob.IsEmpty)
            {
                _sink.Report(DotNetAnomalyCodes.BadCustomAttribute, $"custom attribute {rid} ({ns}.{name}): {error}");
            }

            list.Add(new DotNetCustomAttribute(parent, parentRid, ns, name, arguments, blob, blob.IsEmpty ? null : error));
        }

        return list;
    }

    private (string? Namespace, string? Name, ReadOnlyMemory<byte> Signature) ResolveConstructor(MetadataTable? table, uint rid, IReadOnlyList<DotNetTypeDef> types, IReadOnlyList<DotNetMethod> methods)
    {
        if (table == MetadataTable.MethodDef)
        {
            DotNetMethod? method = rid >= 1 && rid <= methods.Count ? methods[(int)rid - 1] : null;
            DotNetTypeDef? owner = method is not null && method.DeclaringTypeRid >= 1 && method.DeclaringTypeRid <= types.Count ? types[(int)method.DeclaringTypeRid - 1] : null;
            return (owner?.Namespace, owner?.Name, method?.Signature ?? ReadOnlyMemory<byte>.Empty);
        }

        if (table == MetadataTable.MemberRef)
        {
            const MetadataTable r = MetadataTable.MemberRef;
            (MetadataTable? parent, uint parentRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.MemberRefParent, _t.Get(r, rid, 0));
            ReadOnlyMemory<byte> signature = _h.GetBlob(_t.Get(r, rid, 2));
            return parent switch
            {
                MetadataTable.TypeRef => (_h.GetString(_t.Get(MetadataTable.TypeRef, parentRid, 2)), _h.GetString(_t.Get(MetadataTable.TypeRef, parentRid, 1)), signature),
                MetadataTable.TypeDef => (_h.GetString(_t.Get(MetadataTable.TypeDef, parentRid, 2)), _h.GetString(_t.Get(MetadataTable.TypeDef, parentRid, 1)), signature),
                _ => (null, null, signature),
            };
        }

        return (null, null, ReadOnlyMemory<byte>.Empty);
    }

    public List<DotNetResource> ReadResources(PeFile pe, ClrHeader clr)
    {
        const MetadataTable r = MetadataTable.ManifestResource;
        var list = new List<DotNetResource>();
        var v = new ByteView(pe.Data);
        bool haveBase = pe.TryRvaToOffset(clr.ResourcesRva, out long resourceBase);
        for (uint rid = 1; rid <= Rows(r); rid++)
        {
            uint stored = _t.Get(r, rid, 0);
            uint implementation = _t.Get(r, rid, 3);
            (MetadataTable? implTable, uint implRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.Implementation, implementation);
            long? dataOffset = null;
            uint? length = null;
            if (implementation == 0 && haveBase && v.TryU32(resourceBase + stored, out uint size))
            {
                dataOffset = resourceBase + stored + 4;
                length = size;
                if (!v.Contains(dataOffset.Value, size))
                {
                    _sink.Report(DotNetAnomalyCodes.BadResource, $"manifest resource {rid} ({size} bytes) runs past the end of the file", dataOffset.Value);
                }
            }

            list.Add(new DotNetResource(_h.GetString(_t.Get(r, rid, 2)), stored, _t.Get(r, rid, 1), implementation == 0 ? null : implTable, implRid, dataOffset, length));
        }

        return list;
    }

    public List<DotNetConstant> ReadConstants()
    {
        const MetadataTable c = MetadataTable.Constant;
        var list = new List<DotNetConstant>();
        for (uint rid = 1; rid <= Rows(c); rid++)
        {
            (MetadataTable? parent, uint parentRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.HasConstant, _t.Get(c, rid, 1));
            list.Add(new DotNetConstant((byte)_t.Get(c, rid, 0), parent, parentRid, _h.GetBlob(_t.Get(c, rid, 2))));
        }

        return list;
    }

    /// <summary>File offsets of FieldRVA data (initial values of static fields), skipping RVAs that map to none, as libyara does.</summary>
    public List<long> ReadFieldOffsets(PeFile pe)
    {
        var list = new List<long>();
        for (uint rid = 1; rid <= Rows(MetadataTable.FieldRva); rid++)
        {
            if (pe.TryRvaToOffset(_t.Get(MetadataTable.FieldRva, rid, 0), out long offset))
            {
                list.Add(offset);
            }
        }

        return list;
    }
}
