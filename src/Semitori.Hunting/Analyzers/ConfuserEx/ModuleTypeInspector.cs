using Semitori.Formats.DotNet;

namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// Traits of the &lt;Module&gt; global type (TypeDef row 1). ConfuserEx injects every protection's
/// runtime into it and calls the initialisers from its .cctor (yck1509/ConfuserEx
/// Confuser.Core/ConfuserEngine.cs, Protections/*; dossier §10.2), so the global type of a
/// protected module holds: native anti-debug/anti-dump P/Invokes, a generic constants getter
/// <c>static T m&lt;T&gt;(uint)</c>, an <c>AssemblyResolve</c> handler <c>static Assembly m(object, ResolveEventArgs)</c>
/// (resources protection) and a .cctor beside several injected methods. Compilers for C# and VB
/// leave &lt;Module&gt; empty or with a lone .cctor ([ModuleInitializer]). Renaming cannot hide
/// these shapes: they are signatures and P/Invoke entry points, not names.
/// </summary>
internal static class ModuleTypeInspector
{
    /// <summary>ImplMap rows read; real modules have a few hundred at most.</summary>
    public const int MaxImplMapRows = 1 << 14;

    /// <summary>Injected methods (besides .cctor) that make the module initializer look like ConfuserEx's.</summary>
    public const int MinInjectedMethods = 2;

    private const uint GlobalTypeRid = 1;
    private const ushort PInvokeImpl = 0x2000;

    // The column layout of ImplMap is (MappingFlags, MemberForwarded, ImportName, ImportScope);
    // MemberForwarded is coded index kind 8 of ECMA-335 II.24.2.6 (Field or MethodDef).
    private const int ImplMapMemberForwarded = 1, ImplMapImportName = 2, MemberForwardedCoded = 8;

    // Entry points of ConfuserEx's anti-debug (Win32 mode), anti-dump and anti-tamper runtimes.
    private static readonly HashSet<string> GuardEntryPoints = new(StringComparer.Ordinal)
    {
        "IsDebuggerPresent", "CheckRemoteDebuggerPresent", "NtQueryInformationProcess", "ZwQueryInformationProcess",
        "NtSetInformationProcess", "OutputDebugStringA", "OutputDebugStringW", "VirtualProtect",
    };

    // static !!0 m<T>(uint32): GENERIC calling convention, 1 generic parameter, 1 parameter, MVAR 0, U4.
    private static readonly byte[] ConstantsGetterSignature = [0x10, 0x01, 0x01, 0x1E, 0x00, 0x09];

    public static IEnumerable<ConfuserExTrait> Find(DotNetFile dotNet)
    {
        var traits = new List<ConfuserExTrait>();
        if (dotNet.TypeDefs.Count == 0 || dotNet.TypeDefs[0].Rid != GlobalTypeRid)
        {
            return traits;
        }

        bool ilOnly = dotNet.ClrHeader?.IsILOnly ?? false;
        DotNetTypeDef global = dotNet.TypeDefs[0];
        List<DotNetMethod> methods = MethodsOf(dotNet, global);
        if (ilOnly && GuardImports(dotNet) is { Count: > 0 } guards)
        {
            traits.Add(new ConfuserExTrait("anti-debug/anti-dump", Strong: true,
                $"anti-debug/anti-dump: <Module> declares P/Invokes {string.Join(", ", guards)}"));
        }

        int getters = methods.Count(m => m.IsStatic && m.Signature.Span.SequenceEqual(ConstantsGetterSignature));
        if (getters > 0)
        {
            traits.Add(new ConfuserExTrait("constants", Strong: true,
                $"constants: <Module> declares {getters} generic decryptor(s) of shape static T m<T>(uint)"));
        }

        int resolvers = methods.Count(m => m.IsStatic && IsResolveHandler(dotNet, m.Signature.Span));
        if (resolvers > 0)
        {
            traits.Add(new ConfuserExTrait("resources", Strong: true,
                $"resources: <Module> declares {resolvers} AssemblyResolve handler(s) static Assembly m(object, ResolveEventArgs)"));
        }

        int injected = methods.Count(m => m.IsStatic && m.Name != ".cctor");
        if (ilOnly && methods.Any(m => m.Name == ".cctor") && injected >= MinInjectedMethods)
        {
            traits.Add(new ConfuserExTrait("module-initializer", Strong: false,
                $"module initializer: <Module>::.cctor beside {injected} other static methods of <Module>"));
        }

        return traits;
    }

    private static List<DotNetMethod> MethodsOf(DotNetFile dotNet, DotNetTypeDef type)
    {
        var list = new List<DotNetMethod>();
        IReadOnlyList<DotNetMethod> all = dotNet.Methods;
        for (uint i = 0; i < type.MethodCount; i++)
        {
            long rid = (long)type.FirstMethodRid + i;
            if (rid < 1 || rid > all.Count)
            {
                break;
            }

            list.Add(all[(int)rid - 1]);
        }

        return list;
    }

    private static List<string> GuardImports(DotNetFile dotNet)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (dotNet.Tables is not { } tables)
        {
            return [];
        }

        uint rows = Math.Min(tables.AvailableRows(MetadataTable.ImplMap), MaxImplMapRows);
        IReadOnlyList<DotNetMethod> methods = dotNet.Methods;
        for (uint rid = 1; rid <= rows; rid++)
        {
            (MetadataTable? table, uint target) = MetadataTables.DecodeCoded(MemberForwardedCoded, tables.Get(MetadataTable.ImplMap, rid, ImplMapMemberForwarded));
            if (table != MetadataTable.MethodDef || target < 1 || target > methods.Count)
            {
                continue;
            }

            DotNetMethod method = methods[(int)target - 1];
            if (method.DeclaringTypeRid != GlobalTypeRid || (method.Flags & PInvokeImpl) == 0)
            {
                continue;
            }

            string? entry = dotNet.Heaps.GetString(tables.Get(MetadataTable.ImplMap, rid, ImplMapImportName));
            if (entry is not null && GuardEntryPoints.Contains(entry))
            {
                found.Add(entry);
            }
        }

        return [.. found];
    }

    // static class System.Reflection.Assembly m(object, class System.ResolveEventArgs)
    private static bool IsResolveHandler(DotNetFile dotNet, ReadOnlySpan<byte> sig)
    {
        if (sig.Length < 6 || sig[0] != 0x00 || sig[1] != 0x02 || sig[2] != 0x12)
        {
            return false;
        }

        int at = 3;
        if (!TryReadTypeRef(dotNet, sig, ref at, out DotNetTypeRef? returned) || returned is not { Name: "Assembly", Namespace: "System.Reflection" })
        {
            return false;
        }

        if (at + 2 > sig.Length || sig[at] != 0x1C || sig[at + 1] != 0x12)
        {
            return false;
        }

        at += 2;
        return TryReadTypeRef(dotNet, sig, ref at, out DotNetTypeRef? argument)
            && argument is { Name: "ResolveEventArgs", Namespace: "System" } && at == sig.Length;
    }

    // A TypeDefOrRefOrSpecEncoded compressed integer (II.23.2.8) naming a TypeRef.
    private static bool TryReadTypeRef(DotNetFile dotNet, ReadOnlySpan<byte> sig, ref int at, out DotNetTypeRef? typeRef)
    {
        typeRef = null;
        if (at >= sig.Length)
        {
            return false;
        }

        uint value;
        byte b = sig[at];
        if ((b & 0x80) == 0)
        {
            value = b;
            at += 1;
        }
        else if ((b & 0xC0) == 0x80 && at + 2 <= sig.Length)
        {
            value = ((uint)(b & 0x3F) << 8) | sig[at + 1];
            at += 2;
        }
        else if ((b & 0xE0) == 0xC0 && at + 4 <= sig.Length)
        {
            value = ((uint)(b & 0x1F) << 24) | ((uint)sig[at + 1] << 16) | ((uint)sig[at + 2] << 8) | sig[at + 3];
            at += 4;
        }
        else
        {
            return false;
        }

        uint rid = value >> 2;
        if ((value & 0x3) != 1 || rid < 1 || rid > dotNet.TypeRefs.Count)
        {
            return false;
        }

        typeRef = dotNet.TypeRefs[(int)rid - 1];
        return true;
    }
}
