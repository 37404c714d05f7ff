using Semitori.Formats.Common;

namespace Semitori.Formats.DotNet;

/// <summary>
/// Builds <see cref="DotNetClass"/> views: joins TypeDef, MethodDef, Param, GenericParam and
/// InterfaceImpl. Row walks are bounded by the rows that fit in the stream and by the options' cap.
/// </summary>
internal sealed class ClassReader(MetadataTables tables, MetadataHeaps heaps, int maxRows, AnomalySink sink)
{
    // Forged, overlapping MethodList/ParamList ranges can make types × methods quadratic; the
    // whole view gets a budget of methods plus parameters proportional to the row cap.
    private long _budget = 4L * maxRows;

    private uint Rows(MetadataTable table) => Math.Min(tables.AvailableRows(table), (uint)maxRows);

    public List<DotNetClass> Read(IReadOnlyList<DotNetTypeDef> types, IReadOnlyList<DotNetMethod> methods)
    {
        Dictionary<(MetadataTable, uint), List<string>> generics = ReadGenerics();
        Dictionary<uint, List<uint>> interfaces = ReadInterfaces();
        var names = new TypeNameResolver(tables, heaps, (uint)maxRows);
        var formatter = new SignatureTypeFormatter(tables, heaps, names);
        var classes = new List<DotNetClass>(types.Count);
        foreach (DotNetTypeDef type in types)
        {
            // libyara skips the <Module> pseudo type and types whose name is empty before a backtick.
            if (string.IsNullOrEmpty(type.Name) || type.Name == "<Module>" || type.Name[0] == '`')
            {
                continue;
            }

            List<string> typeGenerics = generics.GetValueOrDefault((MetadataTable.TypeDef, type.Rid)) ?? [];
            formatter.TypeGenerics = typeGenerics;
            var bases = new List<string>();
            if (type.ExtendsRid != 0 && formatter.TopLevelTypeName(tables.Get(MetadataTable.TypeDef, type.Rid, 3)) is { } baseName)
            {
                bases.Add(baseName);
            }

            bases.AddRange(interfaces.GetValueOrDefault(type.Rid)?.Select(formatter.TopLevelTypeName).OfType<string>() ?? []);
            var classMethods = new List<DotNetClassMethod>();
            for (uint i = 0; i < type.MethodCount; i++)
            {
                uint rid = type.FirstMethodRid + i;
                if (rid < 1 || rid > methods.Count)
                {
                    break;
                }

                if (--_budget < 0)
                {
                    sink.Report(DotNetAnomalyCodes.TooManyRows, "class view stopped at its work budget (overlapping method lists)");
                    return classes;
                }

                classMethods.Add(Method(methods[(int)rid - 1], formatter, generics));
            }

            string? ns = names.Namespace(type.Rid);
            classes.Add(new DotNetClass(
                TypeNameResolver.FullName(type.Name, ns) ?? string.Empty, TypeNameResolver.FullName(type.Name, null), ns, TypeVisibility(type.Flags), type.IsInterface ? "interface" : "class",
                type.IsAbstract, type.IsSealed, typeGenerics, bases, classMethods));
        }

        return classes;
    }

    private DotNetClassMethod Method(DotNetMethod method, SignatureTypeFormatter formatter, Dictionary<(MetadataTable, uint), List<string>> generics)
    {
        List<string> methodGenerics = generics.GetValueOrDefault((MetadataTable.MethodDef, method.Rid)) ?? [];
        formatter.MethodGenerics = methodGenerics;
        formatter.TryMethod(method.Signature.Span, out string? returnType, out List<string?> types);
        string?[] names = ParameterNames(method.Rid, types.Count);
        var parameters = types.Select((t, i) => new DotNetParameter(names[i], t)).ToList();
        return new DotNetClassMethod(method.Name, MethodVisibility(method.Access), method.IsAbstract, method.IsFinal, method.IsVirtual,
            method.IsStatic, returnType, parameters, methodGenerics);
    }

    /// <summary>Names from the method's Param range, placed by Sequence (1-based; 0 is the return value).</summary>
    private string?[] ParameterNames(uint methodRid, int count)
    {
        var names = new string?[count];
        uint first = tables.Get(MetadataTable.MethodDef, methodRid, 5);
        uint next = methodRid < tables.RowCount(MetadataTable.MethodDef) ? tables.Get(MetadataTable.MethodDef, methodRid + 1, 5) : Rows(MetadataTable.Param) + 1;
        uint last = Math.Min(next, Rows(MetadataTable.Param) + 1);
        for (uint rid = first; rid >= 1 && rid < last && rid - first < 1024 && --_budget >= 0; rid++)
        {
            uint sequence = tables.Get(MetadataTable.Param, rid, 1);
            if (sequence >= 1 && sequence <= count)
            {
                names[sequence - 1] = heaps.GetString(tables.Get(MetadataTable.Param, rid, 2));
            }
        }

        return names;
    }

    private Dictionary<(MetadataTable, uint), List<string>> ReadGenerics()
    {
        var map = new Dictionary<(MetadataTable, uint), List<(uint Number, string Name)>>();
        for (uint rid = 1; rid <= Rows(MetadataTable.GenericParam); rid++)
        {
            (MetadataTable? owner, uint ownerRid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.TypeOrMethodDef, tables.Get(MetadataTable.GenericParam, rid, 2));
            if (owner is { } table)
            {
                string name = heaps.GetString(tables.Get(MetadataTable.GenericParam, rid, 3)) ?? "?";
                (map.TryGetValue((table, ownerRid), out var list) ? list : map[(table, ownerRid)] = []).Add((tables.Get(MetadataTable.GenericParam, rid, 0), name));
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.OrderBy(g => g.Number).Select(g => g.Name).ToList());
    }

    private Dictionary<uint, List<uint>> ReadInterfaces()
    {
        var map = new Dictionary<uint, List<uint>>();
        for (uint rid = 1; rid <= Rows(MetadataTable.InterfaceImpl); rid++)
        {
            uint owner = tables.Get(MetadataTable.InterfaceImpl, rid, 0);
            (map.TryGetValue(owner, out var list) ? list : map[owner] = []).Add(tables.Get(MetadataTable.InterfaceImpl, rid, 1));
        }

        return map;
    }

    private static string TypeVisibility(uint flags) => (flags & 0x7) switch
    {
        1 or 2 => "public",
        3 => "private",
        4 => "protected",
        6 => "private protected",
        7 => "protected internal",
        _ => "internal",
    };

    private static string MethodVisibility(int access) => access switch
    {
        2 => "private protected",
        3 => "internal",
        4 => "protected",
        5 => "protected internal",
        6 => "public",
        _ => "private",
    };
}
