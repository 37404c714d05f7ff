using Semitori.Intel.Extraction;

namespace Semitori.Intel.Export;

/// <summary>
/// Indicator patterns per IOC kind. A PE export cannot be said in STIX patterning (windows-pebinary-ext
/// has no export list), so it becomes a YARA pattern using pe.exports, as public rules for FYAnti do.
/// </summary>
public static class StixPatterns
{
    public static (string Pattern, string PatternType) For(ExportIndicator indicator) => indicator.Kind switch
    {
        IocKind.PeExport => ($"import \"pe\"\nrule semitori_export_{Identifier(indicator.Value)} {{\n  condition:\n    pe.is_dll() and pe.exports(\"{indicator.Value}\")\n}}", "yara"),
        IocKind.Md5 => ($"[file:hashes.MD5 = '{indicator.Value}']", "stix"),
        IocKind.Sha1 => ($"[file:hashes.'SHA-1' = '{indicator.Value}']", "stix"),
        IocKind.Sha256 => ($"[file:hashes.'SHA-256' = '{indicator.Value}']", "stix"),
        IocKind.Ipv4 => ($"[ipv4-addr:value = '{indicator.Value}']", "stix"),
        IocKind.Ipv6 => ($"[ipv6-addr:value = '{indicator.Value}']", "stix"),
        IocKind.Domain => ($"[domain-name:value = '{Escape(indicator.Value)}']", "stix"),
        IocKind.Url => ($"[url:value = '{Escape(indicator.Value)}']", "stix"),
        IocKind.Email => ($"[email-addr:value = '{Escape(indicator.Value)}']", "stix"),
        IocKind.FileName => ($"[file:name = '{Escape(indicator.Value)}']", "stix"),
        IocKind.RegistryKey => ($"[windows-registry-key:key = '{Escape(indicator.Value)}']", "stix"),
        IocKind.Mutex => ($"[mutex:name = '{Escape(indicator.Value)}']", "stix"),
        _ => ($"[artifact:payload_bin = '{Escape(indicator.Value)}']", "stix"),
    };

    // STIX string literals escape only the quote and the backslash.
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);

    private static string Identifier(string value) => new(value.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
