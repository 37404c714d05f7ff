namespace Semitori.Formats.Pe.Authenticode;

/// <summary>
/// An X.509 certificate carried in a signature, in the shape of libyara's <c>certificates[]</c>:
/// names in OpenSSL one-line form (<c>/C=US/O=Microsoft Corporation/CN=…</c>), serial as
/// colon-separated lowercase hex, thumbprint as SHA-1 lowercase hex, validity as Unix seconds.
/// </summary>
public sealed class SignatureCertificate
{
    public required string Issuer { get; init; }
    public required string Subject { get; init; }

    /// <summary>X.509 version number as libyara reports it (1 for v1, 3 for v3).</summary>
    public int Version { get; init; }

    /// <summary>Signature algorithm name (e.g. sha256WithRSAEncryption).</summary>
    public required string Algorithm { get; init; }

    public required string AlgorithmOid { get; init; }
    public required string Serial { get; init; }
    public required string Thumbprint { get; init; }
    public long NotBefore { get; init; }
    public long NotAfter { get; init; }

    /// <summary>The DER encoding.</summary>
    public required byte[] RawData { get; init; }
}
