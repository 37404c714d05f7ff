namespace Semitori.Intel.Extraction;

/// <summary>
/// The lists that tell a domain from a file name or a code identifier. A candidate whose last label is a
/// known file extension is a file name (test.zip, readme.md: MISP #2920, ioc-finder) even where that
/// extension is also a TLD; "www." or a URL scheme makes it a domain again.
/// </summary>
public static class DomainRules
{
    /// <summary>Extensions that make a dotted token a file name.</summary>
    public static readonly IReadOnlySet<string> FileExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "exe", "dll", "sys", "drv", "ocx", "cpl", "scr", "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "hta", "lnk",
        "msi", "msp", "jar", "zip", "rar", "7z", "cab", "gz", "tar", "iso", "img", "vhd", "doc", "docx", "docm", "xls", "xlsx", "xlsm",
        "ppt", "pptx", "pdf", "rtf", "one", "chm", "hlp", "dat", "tmp", "log", "txt", "md", "py", "sh", "bin", "plg", "its", "asm", "cfg",
        "ini", "xml", "json", "db", "data", "bak", "old", "mov", "png", "jpg", "gif", "html", "htm", "php", "aspx", "asp", "jsp",
    };

    /// <summary>
    /// Top-level domains accepted for scheme-less domains: generic TLDs common in reports and every
    /// ISO 3166 ccTLD used by the gazetteer plus frequent others. A token with another last label is not a domain.
    /// </summary>
    public static readonly IReadOnlySet<string> TopLevelDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "info", "biz", "gov", "edu", "mil", "int", "io", "co", "me", "tv", "cc", "ws", "xyz", "top", "site", "online",
        "club", "live", "tech", "app", "dev", "cloud", "store", "shop", "bike", "link", "pw", "su", "name", "pro", "mobi", "asia", "today",
        "space", "website", "fun", "icu", "vip", "work", "news", "host", "press", "services", "support", "zip", "mov",
        "jp", "kr", "cn", "tw", "hk", "mo", "ph", "vn", "th", "sg", "my", "id", "in", "ae", "tr", "il", "de", "fr", "be", "nl", "ch", "uk",
        "se", "fi", "no", "it", "es", "ru", "us", "ca", "mx", "br", "au", "nz", "za", "pl", "ua", "ir", "kp", "pk", "bd", "lk", "at", "dk",
        "cz", "hu", "ro", "gr", "pt", "ie", "ar", "cl", "pe", "ve", "eg", "sa", "qa", "kw", "ng", "ke", "la", "kh", "mm", "mn", "kz", "to", "ly", "eu", "ms", "ai", "gg", "im", "sc", "nu", "tk", "ml", "ga", "cf", "gq",
    };

    /// <summary>Well-known technology names that look like domains.</summary>
    public static readonly IReadOnlySet<string> NotDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "asp.net", "vb.net", "ado.net", "node.js", "vue.js", "next.js",
    };

    /// <summary>
    /// True for a dotted .NET/Java-style identifier such as System.Net or Quasar.Common: a label starts with an
    /// upper-case letter and the last label is capitalised. Real host names in reports are written in lower case.
    /// </summary>
    public static bool LooksLikeCodeIdentifier(string candidate)
    {
        string[] labels = candidate.Split('.');
        string last = labels[^1];
        return last.Length > 1 && char.IsUpper(last[0]) && last.Skip(1).Any(char.IsLower);
    }
}
