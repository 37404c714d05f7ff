namespace Semitori.Intel.Extraction;

/// <summary>The kinds of indicator the extractor recognises.</summary>
public enum IocKind
{
    /// <summary>32 hex digits.</summary>
    Md5,
    /// <summary>40 hex digits.</summary>
    Sha1,
    /// <summary>64 hex digits.</summary>
    Sha256,
    /// <summary>Dotted-quad IPv4 address (not a version string).</summary>
    Ipv4,
    /// <summary>IPv6 address as accepted by IPAddress.TryParse.</summary>
    Ipv6,
    /// <summary>Domain name with a known top-level domain that is not a file extension.</summary>
    Domain,
    /// <summary>URL with an http, https or ftp scheme.</summary>
    Url,
    /// <summary>E-mail address.</summary>
    Email,
    /// <summary>File name with a known executable, script, archive or document extension.</summary>
    FileName,
    /// <summary>Windows registry key starting with a hive name (HKLM, HKEY_CURRENT_USER…).</summary>
    RegistryKey,
    /// <summary>Mutex name, only taken right after the word mutex / ミューテックス.</summary>
    Mutex,
    /// <summary>CVE identifier.</summary>
    Cve,
    /// <summary>Name of a PE export, taken from "export named X" / 「X」という名前のエクスポート.</summary>
    PeExport,
}
