using System.Text.RegularExpressions;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// Where the reference yara 4.2.3 (Debian's) and the YARA 4.5 behaviour Semitori follows differ,
/// each with its reason. A generated condition that yara rejects but Semitori accepts is excused
/// only when one of these explains it; everything else fails the differential test.
/// </summary>
internal static partial class YaraVersionDifferences
{
    private static readonly (string Reason, Func<string, string, bool> Applies)[] Known =
    [
        ("4.2.3 numbers import_details[i].functions across DLLs (index not reset per DLL) and counts them cumulatively; fixed in 4.3",
            (_, text) => LaterImportDetails().IsMatch(text)),
        ("4.2.3 stores pe_rva_to_offset's -1 in export_details[].offset; 4.5 leaves it undefined",
            (_, text) => text.StartsWith("not defined pe.export_details[", StringComparison.Ordinal) && text.EndsWith("].offset", StringComparison.Ordinal)),
        ("4.2.3 drops the last byte of #Blob strings (assembly_refs[].public_key_or_token, constants[])",
            (_, text) => text.Contains(".public_key_or_token ==", StringComparison.Ordinal) || text.StartsWith("dotnet.constants[", StringComparison.Ordinal)),
        ("4.5 math.serial_correlation wraps the last byte onto the first (as ent); 4.2.3 does not",
            (_, text) => text.StartsWith("math.serial_correlation(", StringComparison.Ordinal)),
        ("sample added to yara's tests with a 4.3+ parser fix (empty import names, idata at section end, NumberOfRvaAndSizes 0 with a certificate table, raw pointer rounding, CodeView GUID PDB path, undersized rich header); its corpus case passes",
            (file, text) => NewerSamples().IsMatch(file) && NewerFeatures().IsMatch(text)),
        ("Semitori.Formats prints non-ASCII name bytes raw where OpenSSL's X509_NAME_oneline escapes them as \\xNN (Formats-side difference, reported)",
            (_, text) => SignatureName().IsMatch(text) && text.Contains("\\x", StringComparison.Ordinal)),
    ];

    /// <summary>The reason a disagreement is expected, or null.</summary>
    public static string? Explain(string file, string condition) =>
        Known.FirstOrDefault(k => k.Applies(file, condition)).Reason;

    [GeneratedRegex(@"^pe\.import_details\[[1-9][0-9]*\]\.(functions|number_of_functions)")]
    private static partial Regex LaterImportDetails();

    [GeneratedRegex(@"^corpus_(tiny-idata-5200|tiny_empty_import_name|authenticode_short_digest|c6f9709f\w+_0h_410h|e3d45a28\w+|6c2abf4b\w+|undersized_rich)$")]
    private static partial Regex NewerSamples();

    [GeneratedRegex(@"^(pe\.number_of_imports|pe\.import_details|pe\.rich_signature|pe\.number_of_imported_functions|pe\.imphash|pe\.imports|pe\.number_of_signatures|pe\.rva_to_offset|pe\.pdb_path)")]
    private static partial Regex NewerFeatures();

    [GeneratedRegex(@"^pe\.signatures\[\d+\]\.(.*\.)?(subject|issuer) ==")]
    private static partial Regex SignatureName();
}
