using Semitori.Formats.Pe.Authenticode;
using static Semitori.Yara.Modules.ModuleSupport;
using static Semitori.Yara.Modules.Pe.PeHeaderProjection;

namespace Semitori.Yara.Modules.Pe;

/// <summary>
/// <c>pe.signatures[]</c> as libyara's <c>_process_authenticode</c> writes it: the signer
/// certificate's fields at the top level, then certificates, signer info and countersignatures.
/// </summary>
internal static class PeSignatureProjection
{
    public static object? Signature(AuthenticodeSignature s)
    {
        Dictionary<string, object?> d = s.Signer is { } signer ? Certificate(signer) : [];
        // Computed on first read: the whole file is hashed for them.
        d["verified"] = Lazy(() => s.Verified ? 1L : 0L);
        Put(d, "digest_alg", s.DigestAlgorithm);
        Put(d, "digest", s.Digest);
        d["file_digest"] = Lazy(() => s.FileDigest);
        d["number_of_certificates"] = (long)s.Certificates.Count;
        d["certificates"] = List(s.Certificates, c => Certificate(c));
        d["signer_info"] = Dict(
            ("program_name", s.ProgramName),
            ("digest_alg", s.SignerDigestAlgorithm),
            ("digest", s.SignerDigest),
            ("length_of_chain", (long)s.SignerChain.Count),
            ("chain", List(s.SignerChain, c => Certificate(c))));
        d["number_of_countersignatures"] = (long)s.Countersignatures.Count;
        d["countersignatures"] = List(s.Countersignatures, c => Dict(
            ("sign_time", c.SignTime),
            ("digest_alg", c.DigestAlgorithm),
            ("digest", c.Digest),
            ("length_of_chain", (long)c.Chain.Count),
            ("chain", List(c.Chain, x => Certificate(x)))));
        return d;
    }

    private static Dictionary<string, object?> Certificate(SignatureCertificate c) => Dict(
        ("thumbprint", c.Thumbprint),
        ("issuer", c.Issuer),
        ("subject", c.Subject),
        ("version", (long)c.Version),
        ("algorithm", c.Algorithm),
        ("algorithm_oid", c.AlgorithmOid),
        ("serial", c.Serial),
        ("not_before", c.NotBefore),
        ("not_after", c.NotAfter));

    private static void Put(Dictionary<string, object?> d, string key, string? value)
    {
        if (value is not null)
        {
            d[key] = value;
        }
    }
}
