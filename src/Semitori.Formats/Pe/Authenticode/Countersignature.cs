namespace Semitori.Formats.Pe.Authenticode;

/// <summary>A timestamp countersignature (PKCS#9 countersignature or RFC 3161 token).</summary>
public sealed class Countersignature
{
    /// <summary>Signing time as Unix seconds, when present.</summary>
    public long? SignTime { get; init; }

    public string? DigestAlgorithm { get; init; }

    /// <summary>The message digest the countersignature signs, lowercase hex.</summary>
    public string? Digest { get; init; }

    /// <summary>Certificates of the countersigner (from the RFC 3161 token, or matched in the outer bag).</summary>
    public required IReadOnlyList<SignatureCertificate> Chain { get; init; }
}
