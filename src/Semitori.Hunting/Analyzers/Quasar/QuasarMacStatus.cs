namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>What the settings' HMACs say about the recovered configuration.</summary>
internal enum QuasarMacStatus
{
    /// <summary>The scheme has no MAC (1.0–1.2); the key was accepted on PKCS7 padding and clean text alone.</summary>
    None = 0,

    /// <summary>Every encrypted value carried a matching HMAC-SHA256: the key is certain.</summary>
    Valid = 1,

    /// <summary>At least one HMAC did not match (a patched or corrupted config the client itself would reject).</summary>
    Invalid = 2,
}
