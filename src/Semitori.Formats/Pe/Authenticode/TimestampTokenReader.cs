using System.Formats.Asn1;

namespace Semitori.Formats.Pe.Authenticode;

/// <summary>Reads an RFC 3161 timestamp token (SignedData over TSTInfo) as a countersignature.</summary>
internal static class TimestampTokenReader
{
    public static Countersignature Read(ReadOnlyMemory<byte> der, List<string> errors)
    {
        Pkcs7Reader.SignedData token = Pkcs7Reader.Read(der, PeLimits.MaxCertificatesPerSignature);
        var certificates = new List<SignatureCertificate>();
        var x509 = new List<CertificateFields>();
        foreach (ReadOnlyMemory<byte> c in token.Certificates)
        {
            if (CertificateFormatter.TryCreate(c, errors, out CertificateFields? parsed) is { } formatted)
            {
                certificates.Add(formatted);
                x509.Add(parsed!);
            }
        }

        long? time = null;
        string? algorithm = null;
        string? digest = null;
        if (!token.Content.IsEmpty)
        {
            // eContent is an OCTET STRING holding TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, … }
            byte[] tstInfo = new AsnReader(token.Content, AsnEncodingRules.BER).ReadOctetString();
            AsnReader info = new AsnReader(tstInfo, AsnEncodingRules.BER).ReadSequence();
            info.ReadInteger();
            info.ReadObjectIdentifier();
            AsnReader imprint = info.ReadSequence();
            algorithm = AlgorithmNames.Name(Pkcs7Reader.ReadAlgorithm(imprint));
            digest = Convert.ToHexStringLower(imprint.ReadOctetString());
            info.ReadIntegerBytes();
            time = info.ReadGeneralizedTime().ToUnixTimeSeconds();
        }

        int signer = token.Signer is { } s ? x509.FindIndex(c => c.IsNamedBy(s.IssuerDer, s.Serial)) : -1;
        return new Countersignature
        {
            SignTime = time,
            DigestAlgorithm = algorithm,
            Digest = digest,
            Chain = signer >= 0 ? [certificates[signer]] : certificates,
        };
    }
}
