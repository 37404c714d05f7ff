using System.Text.RegularExpressions;

namespace Semitori.Intel.Extraction;

/// <summary>
/// The IOC regular expressions, applied to refanged, width-folded text. Every pattern is bounded by
/// ASCII look-arounds instead of \b, because \b sees kana and kanji as word characters and so fails
/// on "APT10が" or glues Japanese text to a match (research notes §4.3).
/// </summary>
internal static partial class IocPatterns
{
    // URL characters are ASCII only, which is what keeps Japanese text out of URLs.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", RegexOptions.IgnoreCase)]
    public static partial Regex Url();

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])")]
    public static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9A-Za-z.])(?<![0-9]\.)(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?![0-9A-Za-z])(?!\.[0-9])")]
    public static partial Regex Ipv4();

    [GeneratedRegex(@"(?<![0-9A-Za-z:])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)[0-9A-Fa-f:]{2,39}(?![0-9A-Za-z:])")]
    public static partial Regex Ipv6Candidate();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})(?![0-9A-Za-z])")]
    public static partial Regex Hash();

    [GeneratedRegex(@"(?<![A-Za-z0-9\-_.@/\\])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9\-]{1,23}(?![A-Za-z0-9\-_@])(?!\.[A-Za-z0-9])")]
    public static partial Regex DottedName();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKEY_CLASSES_ROOT|HKEY_USERS|HKEY_CURRENT_CONFIG|HKLM|HKCU|HKCR|HKU|HKCC)(?:\\[!-~-[\\""'<>|`]]*[!-~-[\\""'<>|`.,;:)\]]])+", RegexOptions.IgnoreCase)]
    public static partial Regex RegistryKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9])CVE-\d{4}-\d{4,7}(?![0-9])", RegexOptions.IgnoreCase)]
    public static partial Regex Cve();

    // Quoted or after ":"/"named": any printable value; bare after the word: only a random-looking token
    // (a digit, capital or symbol), so "the mutex is created" yields nothing.
    [GeneratedRegex(@"(?:(?i:mutex(?:es)?)|ミューテックス)(?:名)?(?:\s*(?:[:=]|は|:)\s*|\s+(?:named|called)\s+|\s*)(?:[「""'`“](?<v>[!-~-[""'`]]{3,64}?)[」""'`”]|(?<v>(?=[!-~]*[A-Z0-9#&$@!*%])[!-~-[""'`,;.]][!-~-[""'`]]{2,63}?)(?=[\s、。,;)]|[.](?:\s|$)|[^\x00-\x7F]|$))")]
    public static partial Regex Mutex();

    [GeneratedRegex(@"[「""'`“](?<v>[A-Za-z_][A-Za-z0-9_@?$]{2,127})[」""'`”](?:という(?:名前|名称)の|の)?エクスポート|export(?:ed|s)?\s+(?:an?\s+|the\s+)?(?:function\s+)?(?:named|called)\s+[""'`“]?(?<v>[A-Za-z_][A-Za-z0-9_@?$]{2,127})|export(?:ed)?\s+(?:function\s+)?[""'`“](?<v>[A-Za-z_][A-Za-z0-9_@?$]{2,127})[""'`”]|[""'`“](?<v>[A-Za-z_][A-Za-z0-9_@?$]{2,127})[""'`”]\s+export", RegexOptions.IgnoreCase)]
    public static partial Regex PeExport();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-.%])[A-Za-z0-9_\-][A-Za-z0-9_\-.]{0,200}\.(?<ext>[A-Za-z0-9]{1,5})(?![A-Za-z0-9_\-])(?!\.[A-Za-z0-9])")]
    public static partial Regex FileName();

    /// <summary>Words just before a dotted number that make it a version, not an address.</summary>
    [GeneratedRegex(@"(?:(?<![A-Za-z])(?:version|ver\.?|v|build|release|rev\.?)|バージョン|リリース|ビルド)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex VersionContext();
}
