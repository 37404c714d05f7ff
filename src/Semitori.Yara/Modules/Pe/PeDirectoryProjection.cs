using System.Text;
using Semitori.Formats.Pe;
using static Semitori.Yara.Modules.ModuleSupport;
using static Semitori.Yara.Modules.Pe.PeHeaderProjection;

namespace Semitori.Yara.Modules.Pe;

/// <summary>
/// The parts of <c>pe</c> read from data directories (imports, exports, resources, version info,
/// rich header, debug, signatures), each computed on first read.
/// </summary>
internal static class PeDirectoryProjection
{
    /// <summary>libyara copies version-info keys into char[64] and values into char[256] (pe.c pe_parse_version_info).</summary>
    private const int MaxVersionKey = 63, MaxVersionValue = 255;

    public static void Project(PeFile pe, Dictionary<string, object?> root)
    {
        // libyara sets these counts to 0 before looking at the directories.
        root["number_of_imports"] = Lazy(() => (long)pe.Imports.Count);
        root["number_of_imported_functions"] = Lazy(() => (long)pe.NumberOfImportedFunctions);
        root["import_details"] = Lazy(() => ImportDetails(pe.Imports));
        root["number_of_delayed_imports"] = Lazy(() => (long)pe.DelayImports.Count);
        root["number_of_delayed_imported_functions"] = Lazy(() => (long)pe.NumberOfDelayImportedFunctions);
        root["delayed_import_details"] = Lazy(() => ImportDetails(pe.DelayImports));

        root["number_of_exports"] = Lazy(() => (long)pe.Exports.Functions.Count);
        root["export_details"] = Lazy(() => List(pe.Exports.Functions, Export));
        root["dll_name"] = Lazy(() => Latin1(pe.Exports.DllName));
        root["export_timestamp"] = Lazy(() => ReferenceEquals(pe.Exports, ExportDirectory.Empty) ? null : (long)pe.Exports.TimeDateStamp);

        root["number_of_resources"] = Lazy(() => (long)pe.Resources.Entries.Count);
        root["resources"] = Lazy(() => List(pe.Resources.Entries, Resource));
        root["resource_timestamp"] = Lazy(() => pe.Resources.IsPresent ? (long)pe.Resources.TimeDateStamp : null);
        root["resource_version"] = Lazy(() => pe.Resources.IsPresent ? Version(pe.Resources.MajorVersion, pe.Resources.MinorVersion) : null);
        root["number_of_version_infos"] = Lazy(() => (long)pe.Resources.VersionInfo.Count);
        root["version_info_list"] = Lazy(() => List(pe.Resources.VersionInfo, v => Dict(("key", VersionKey(v.Key)), ("value", VersionValue(v.Value)))));
        root["version_info"] = Lazy(VersionDictionary(pe));

        root["rich_signature"] = Lazy(() => Rich(pe.RichHeader));
        root["pdb_path"] = Lazy(() => Latin1(pe.Debug.PdbPath));

        root["number_of_signatures"] = Lazy(() => (long)pe.Signatures.Count);
        root["is_signed"] = Lazy(() => pe.Signatures.Any(s => s.Verified) ? 1L : 0L);
        root["signatures"] = Lazy(() => List(pe.Signatures, PeSignatureProjection.Signature));
    }

    private static Func<object?> VersionDictionary(PeFile pe) => () =>
    {
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (VersionInfoEntry v in pe.Resources.VersionInfo)
        {
            // Later strings with the same key overwrite earlier ones, as yr_set_string does.
            d[Encoding.Latin1.GetString(VersionKey(v.Key))] = VersionValue(v.Value);
        }

        return d;
    };

    private static IReadOnlyList<object?> ImportDetails(IReadOnlyList<ImportedLibrary> libraries) => List(libraries, l => Dict(
        ("library_name", Latin1(l.Name)),
        ("number_of_functions", (long)l.Functions.Count),
        ("functions", List(l.Functions, f => Dict(
            ("name", Latin1(f.Name)),
            ("ordinal", f.Ordinal is { } o ? (long)o : null),
            ("rva", f.Rva != 0 ? (long)f.Rva : null))))));

    private static object? Export(ExportedFunction f) => Dict(
        ("ordinal", (long)f.Ordinal),
        ("rva", (long)f.Rva),
        ("name", Latin1(f.Name)),
        ("forward_name", Latin1(f.ForwarderName)),
        ("offset", f.IsForwarder ? null : f.Offset));

    /// <summary>Resource names are the raw UTF-16 bytes libyara copies; ids only when there is no name.</summary>
    private static object? Resource(ResourceEntry e) => Dict(
        ("rva", (long)e.Rva),
        ("offset", e.Offset),
        ("length", (long)e.Size),
        ("type_string", e.TypeName is { } t ? Encoding.Unicode.GetBytes(t) : null),
        ("type", e.TypeName is null && e.TypeId is { } type ? (long)type : null),
        ("name_string", e.Name is { } n ? Encoding.Unicode.GetBytes(n) : null),
        ("id", e.Name is null && e.NameId is { } id ? (long)id : null),
        ("language_string", e.LanguageName is { } l ? Encoding.Unicode.GetBytes(l) : null),
        ("language", e.LanguageName is null && e.LanguageId is { } lang ? (long)lang : null));

    private static object? Rich(RichHeader? rich) => rich is null ? null : Dict(
        (PeState.Key, rich),
        ("offset", rich.Offset),
        ("length", (long)rich.Length),
        ("key", (long)rich.Key),
        ("raw_data", rich.RawData),
        ("clear_data", rich.ClearData),
        // libyara stops before version_data when the signature is shorter than its 16-byte header.
        ("version_data", rich.Length < 16 ? null : rich.VersionData));

    private static byte[] VersionKey(string key) => LowBytes(key, MaxVersionKey);

    private static byte[] VersionValue(string value) => LowBytes(value, MaxVersionValue);

    /// <summary>libyara's strlcpy_w keeps the low byte of each UTF-16 unit and stops at a NUL or the cap.</summary>
    private static byte[] LowBytes(string s, int cap)
    {
        int n = 0;
        var bytes = new byte[System.Math.Min(s.Length, cap)];
        foreach (char c in s)
        {
            if (c == '\0' || n == cap)
            {
                break;
            }

            bytes[n++] = (byte)c;
        }

        return n == bytes.Length ? bytes : bytes[..n];
    }
}
