using System.Text;
using Semitori.Formats.Pe;
using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Pe;

/// <summary>
/// The functions of the <c>pe</c> module, with libyara's results: undefined when the file is
/// not PE, case-insensitive ASCII name comparisons (<c>strcasecmp</c>), counts for the regex
/// and DLL-only forms of <c>imports()</c>.
/// </summary>
internal static class PeFunctions
{
    public const long ImportStandard = 1, ImportDelayed = 2;

    public static PeState? State(FunctionCallContext c) =>
        c.Parent is IReadOnlyDictionary<string, object?> d && d.TryGetValue(PeState.Key, out object? s) ? s as PeState : null;

    public static object? CalculateChecksum(FunctionCallContext c, object?[] a) =>
        State(c)?.Pe.ComputedChecksum is { } sum ? (long)sum : null;

    public static object? Imphash(FunctionCallContext c, object?[] a) => State(c)?.Pe.Imphash;

    public static object? IsDll(FunctionCallContext c, object?[] a) =>
        State(c)?.Pe.FileHeader is { } h ? (long)(h.Characteristics & CoffFileHeader.DllFlag) : null;

    public static object? RvaToOffset(FunctionCallContext c, object?[] a) =>
        State(c) is { } s && s.Pe.TryRvaToOffset((ulong)Int(a[0]), out long offset) ? offset : null;

    /// <summary>Compares with the section name as a C string (up to its first NUL), as libyara's strcmp.</summary>
    public static object? SectionIndexByName(FunctionCallContext c, object?[] a)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        string wanted = CString(Bytes(a[0]));
        IReadOnlyList<SectionHeader> sections = s.Pe.Sections;
        for (int i = 0; i < sections.Count; i++)
        {
            if (CString(Encoding.Latin1.GetBytes(sections[i].Name)) == wanted)
            {
                return (long)i;
            }
        }

        return null;
    }

    public static object? SectionIndexByAddress(FunctionCallContext c, object?[] a)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        long address = Int(a[0]);
        IReadOnlyList<SectionHeader> sections = s.Pe.Sections;
        for (int i = 0; i < sections.Count; i++)
        {
            if (address >= sections[i].PointerToRawData && address < (long)sections[i].PointerToRawData + sections[i].SizeOfRawData)
            {
                return (long)i;
            }
        }

        return null;
    }

    public static object? ExportsName(FunctionCallContext c, object?[] a) =>
        FindExport(c, f => f.Name is { } n && AsciiEquals(n, Bytes(a[0])), notFound: 0L, found: _ => 1L);

    public static object? ExportsRegex(FunctionCallContext c, object?[] a) =>
        FindExport(c, f => Matches(a[0], f.Name), notFound: 0L, found: _ => 1L);

    /// <summary>libyara compares the ordinal against the number of exports, not the ordinal range (pe.c exports_ordinal).</summary>
    public static object? ExportsOrdinal(FunctionCallContext c, object?[] a)
    {
        long ordinal = Int(a[0]);
        if (State(c) is { } s && (ordinal == 0 || ordinal > s.Pe.Exports.Functions.Count))
        {
            return 0L;
        }

        return FindExport(c, f => f.Ordinal == ordinal, notFound: 0L, found: _ => 1L);
    }

    public static object? ExportsIndexName(FunctionCallContext c, object?[] a) =>
        FindExport(c, f => f.Name is { } n && AsciiEquals(n, Bytes(a[0])), notFound: null, found: i => i);

    public static object? ExportsIndexRegex(FunctionCallContext c, object?[] a) =>
        FindExport(c, f => Matches(a[0], f.Name), notFound: null, found: i => i);

    public static object? ExportsIndexOrdinal(FunctionCallContext c, object?[] a)
    {
        long ordinal = Int(a[0]);
        if (State(c) is { } s && (ordinal == 0 || ordinal > s.Pe.Exports.Functions.Count))
        {
            return null;
        }

        return FindExport(c, f => f.Ordinal == ordinal, notFound: null, found: i => i);
    }

    /// <summary>With no exports the boolean forms give 0 and the index forms undefined, as libyara.</summary>
    private static object? FindExport(FunctionCallContext c, Func<ExportedFunction, bool> predicate, object? notFound, Func<long, object?> found)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        IReadOnlyList<ExportedFunction> functions = s.Pe.Exports.Functions;
        for (int i = 0; i < functions.Count; i++)
        {
            if (predicate(functions[i]))
            {
                return found(i);
            }
        }

        return notFound;
    }

    public static object? Imports(FunctionCallContext c, long flags, object? dll, object? function)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        byte[] d = Bytes(dll), f = Bytes(function);
        bool Any(IReadOnlyList<ImportedLibrary> libs) =>
            libs.Any(l => AsciiEquals(l.Name, d) && l.Functions.Any(fn => AsciiEquals(fn.Name, f)));
        return ((flags & ImportStandard) != 0 && Any(s.Pe.Imports)) || ((flags & ImportDelayed) != 0 && Any(s.Pe.DelayImports)) ? 1L : 0L;
    }

    public static object? ImportsOrdinal(FunctionCallContext c, long flags, object? dll, object? ordinal)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        byte[] d = Bytes(dll);
        long o = Int(ordinal);
        bool Any(IReadOnlyList<ImportedLibrary> libs) =>
            libs.Any(l => AsciiEquals(l.Name, d) && l.Functions.Any(fn => fn.Ordinal is { } x && x == o));
        return ((flags & ImportStandard) != 0 && Any(s.Pe.Imports)) || ((flags & ImportDelayed) != 0 && Any(s.Pe.DelayImports)) ? 1L : 0L;
    }

    /// <summary>The DLL-only form counts the functions imported from that DLL.</summary>
    public static object? ImportsDll(FunctionCallContext c, long flags, object? dll)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        byte[] d = Bytes(dll);
        long Count(IReadOnlyList<ImportedLibrary> libs) => libs.Where(l => AsciiEquals(l.Name, d)).Sum(l => (long)l.Functions.Count);
        return ((flags & ImportStandard) != 0 ? Count(s.Pe.Imports) : 0) + ((flags & ImportDelayed) != 0 ? Count(s.Pe.DelayImports) : 0);
    }

    public static object? ImportsRegex(FunctionCallContext c, long flags, object? dllRegex, object? functionRegex)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        long Count(IReadOnlyList<ImportedLibrary> libs) => libs.Where(l => Matches(dllRegex, l.Name))
            .Sum(l => (long)l.Functions.Count(fn => Matches(functionRegex, fn.Name)));
        return ((flags & ImportStandard) != 0 ? Count(s.Pe.Imports) : 0) + ((flags & ImportDelayed) != 0 ? Count(s.Pe.DelayImports) : 0);
    }

    /// <summary><c>import_rva(dll, name|ordinal)</c>: the RVA of the first matching import, undefined when none or 0.</summary>
    public static object? ImportRva(FunctionCallContext c, bool delayed, object? dll, object? function)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        byte[] d = Bytes(dll);
        foreach (ImportedLibrary l in delayed ? s.Pe.DelayImports : s.Pe.Imports)
        {
            if (!AsciiEquals(l.Name, d))
            {
                continue;
            }

            foreach (ImportedFunction fn in l.Functions)
            {
                bool match = function is long ordinal ? fn.Ordinal is { } o && o == ordinal : AsciiEquals(fn.Name, Bytes(function));
                if (match)
                {
                    return fn.Rva != 0 ? (long)fn.Rva : null;
                }
            }
        }

        return null;
    }

    public static object? Language(FunctionCallContext c, long wanted, long mask)
    {
        if (State(c) is not { } s)
        {
            return null;
        }

        return s.Pe.Resources.Entries.Any(e => e.LanguageId is { } id && (id & mask) == wanted) ? 1L : 0L;
    }

    public static object? RichVersion(FunctionCallContext c, object?[] a) => Rich(c, Int(a[0]), null);

    public static object? RichVersionToolId(FunctionCallContext c, object?[] a) => Rich(c, Int(a[0]), Int(a[1]));

    public static object? RichToolId(FunctionCallContext c, object?[] a) => Rich(c, null, Int(a[0]));

    public static object? RichToolIdVersion(FunctionCallContext c, object?[] a) => Rich(c, Int(a[1]), Int(a[0]));

    /// <summary>Sums the counts of the rich entries matching the version and/or tool id.</summary>
    private static object? Rich(FunctionCallContext c, long? version, long? toolId)
    {
        if (c.Parent is not IReadOnlyDictionary<string, object?> d || !d.TryGetValue(PeState.Key, out object? r) || r is not RichHeader rich)
        {
            return null;
        }

        long total = 0;
        foreach (RichEntry e in rich.Entries)
        {
            if ((version is null || e.Version == version) && (toolId is null || e.ToolId == toolId))
            {
                total += e.Count;
            }
        }

        return total;
    }

    /// <summary><c>signatures[i].valid_on(t)</c>: not_before ≤ t ≤ not_after, undefined without a signer certificate.</summary>
    public static object? ValidOn(FunctionCallContext c, object?[] a)
    {
        if (c.Parent is not IReadOnlyDictionary<string, object?> d
            || !d.TryGetValue("not_before", out object? nb) || nb is not long notBefore
            || !d.TryGetValue("not_after", out object? na) || na is not long notAfter)
        {
            return null;
        }

        long t = Int(a[0]);
        return t >= notBefore && t <= notAfter ? 1L : 0L;
    }

    /// <summary>strcasecmp in the C locale: ASCII letters fold, other bytes compare as they are; both sides end at a NUL.</summary>
    public static bool AsciiEquals(string? name, byte[] wanted)
    {
        if (name is null)
        {
            return false;
        }

        string w = CString(wanted);
        if (name.Length != w.Length)
        {
            return false;
        }

        for (int i = 0; i < w.Length; i++)
        {
            char x = name[i], y = w[i];
            if (x != y && !(x is >= 'A' and <= 'Z' or >= 'a' and <= 'z' && (x | 0x20) == (y | 0x20)))
            {
                return false;
            }
        }

        return true;
    }

    private static string CString(byte[] bytes)
    {
        int end = Array.IndexOf(bytes, (byte)0);
        return Encoding.Latin1.GetString(bytes, 0, end < 0 ? bytes.Length : end);
    }
}
