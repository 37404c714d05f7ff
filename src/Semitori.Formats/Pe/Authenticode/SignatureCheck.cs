using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Semitori.Formats.Pe.Authenticode;

/// <summary>
/// Checks a SignerInfo cryptographically: its messageDigest attribute must be the hash of the
/// content's value octets (Authenticode hashes SpcIndirectDataContent without its outer tag and
/// length), and its signature over the DER SET of signed attributes must verify with the signer's key.
/// </summary>
internal static class SignatureCheck
{
    public static bool Verify(Pkcs7Reader.SignedData data, SignerInfoData signer, ReadOnlyMemory<byte> certificateDer, List<string> errors)
    {
        if (signer.SignedAttributes is not { Length: > 0 } attributes || signer.MessageDigest is null
            || AlgorithmNames.Hash(signer.DigestAlgorithmOid) is not { } hash)
        {
            errors.Add("signer has no signed attributes or an unsupported digest algorithm");
            return false;
        }

        AsnDecoder.ReadEncodedValue(data.Content.Span, AsnEncodingRules.BER, out int contentOffset, out int contentLength, out _);
        byte[] contentHash = Hash(hash, data.Content.Span.Slice(contentOffset, contentLength));
        if (!contentHash.AsSpan().SequenceEqual(signer.MessageDigest))
        {
            errors.Add("signed messageDigest does not match the signed content");
            return false;
        }

        // The signature covers the attributes re-tagged as a universal SET (0x31) instead of [0].
        byte[] signed = (byte[])attributes.Clone();
        signed[0] = 0x31;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(certificateDer.Span);
        }
        catch (CryptographicException ex)
        {
            errors.Add($"signer certificate not usable for verification: {ex.Message}");
            return false;
        }

        using (certificate)
        {
            return VerifyWithKey(certificate, signed, signer, hash, errors);
        }
    }

    private static bool VerifyWithKey(X509Certificate2 certificate, byte[] signed, SignerInfoData signer, HashAlgorithmName hash, List<string> errors)
    {
        using RSA? rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.VerifyData(signed, signer.Signature, hash, RSASignaturePadding.Pkcs1);
        }

        using ECDsa? ecdsa = certificate.GetECDsaPublicKey();
        if (ecdsa is not null)
        {
            return ecdsa.VerifyData(signed, signer.Signature, hash, DSASignatureFormat.Rfc3279DerSequence);
        }

        errors.Add("signer key type not supported for verification");
        return false;
    }

    private static byte[] Hash(HashAlgorithmName name, ReadOnlySpan<byte> data)
    {
        using IncrementalHash hash = IncrementalHash.CreateHash(name);
        hash.AppendData(data);
        return hash.GetHashAndReset();
    }
}
