namespace Semitori.Hunting.Iocs;

/// <summary>Hash algorithm of a hash IOC, known from the hex length (32, 40, 64), as Loki and THOR decide it.</summary>
public enum HashKind
{
    /// <summary>MD5, 32 hex digits.</summary>
    Md5 = 0,

    /// <summary>SHA-1, 40 hex digits.</summary>
    Sha1 = 1,

    /// <summary>SHA-256, 64 hex digits.</summary>
    Sha256 = 2,
}
