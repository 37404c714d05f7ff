namespace Semitori.Formats.Pe.Authenticode;

/// <summary>
/// One Authenticode signature (a PKCS#7 SignedData over SpcIndirectDataContent), top-level or
/// nested. Shaped after libyara's <c>signatures[]</c>: the leaf fields (issuer, subject, serial…)
/// describe the signing certificate when it is found among <see cref="Certificates"/>.
/// </summary>
public sealed class AuthenticodeSignature
{
    /// <summary>Nesting depth: 0 for a top-level signature, 1 for one found in its unsigned attributes.</summary>
    public int Depth { get; init; }

    /// <summary>Digest algorithm of the signed file digest (md5, sha1, sha256…).</summary>
    public string? DigestAlgorithm { get; init; }

    /// <summary>The file digest the signer signed (SpcIndirectDataContent), lowercase hex.</summary>
    public string? Digest { get; init; }

    private Lazy<(string? FileDigest, bool Verified)> _check = new((null, false));

    /// <summary>The digest of this file computed with <see cref="DigestAlgorithm"/>, lowercase hex; null when not computed.</summary>
    public string? FileDigest => _check.Value.FileDigest;

    /// <summary>
    /// True when the file digest matches, the signed attributes' message digest matches the content
    /// and the signer's signature verifies with its certificate's key. No trust-store chain check.
    /// </summary>
    public bool Verified => _check.Value.Verified;

    /// <summary>
    /// Computes <see cref="FileDigest"/> and <see cref="Verified"/> on their first read (once):
    /// hashing the whole file is the dearest part of reading a signature, and most readers of
    /// <c>pe.signatures</c> only compare names and serials. Problems found then are reported as
    /// anomalies of the file at that moment.
    /// </summary>
    internal Func<(string? FileDigest, bool Verified)> Check
    {
        init => _check = new Lazy<(string?, bool)>(value, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public required IReadOnlyList<SignatureCertificate> Certificates { get; init; }

    /// <summary>The certificate matching the SignerInfo's issuer and serial, or null.</summary>
    public SignatureCertificate? Signer { get; init; }

    /// <summary>SpcSpOpusInfo program name, when present (libyara <c>signer_info.program_name</c>).</summary>
    public string? ProgramName { get; init; }

    /// <summary>Digest algorithm of the SignerInfo (libyara <c>signer_info.digest_alg</c>).</summary>
    public string? SignerDigestAlgorithm { get; init; }

    /// <summary>The messageDigest signed attribute, lowercase hex (libyara <c>signer_info.digest</c>).</summary>
    public string? SignerDigest { get; init; }

    /// <summary>Certificates from the signer up its issuers, as far as the bag allows (libyara <c>signer_info.chain</c>).</summary>
    public required IReadOnlyList<SignatureCertificate> SignerChain { get; init; }

    public required IReadOnlyList<Countersignature> Countersignatures { get; init; }

    /// <summary>Problems found while decoding (also reported as anomalies).</summary>
    public required IReadOnlyList<string> Errors { get; init; }
}
