using System.Formats.Asn1;

namespace Semitori.Formats.Pe.Authenticode;

/// <summary>
/// The fields of an X.509 certificate that a signature's projection and chain need, read from
/// the DER with System.Formats.Asn1. Loading an <c>X509Certificate2</c> goes through OpenSSL's
/// decoders and costs about 180 µs per certificate (350 µs with its names and dates read), which on
/// a folder of signed binaries was a fifth of a signature-base scan; this reading costs a few µs.
/// The platform certificate is only built for a signature check (<see cref="SignatureCheck"/>).
/// </summary>
internal sealed class CertificateFields
{
    private static readonly Asn1Tag VersionTag = new(TagClass.ContextSpecific, 0, isConstructed: true);

    private CertificateFields(ReadOnlyMemory<byte> der)
    {
        Der = der;
    }

    /// <summary>The whole certificate, as it was encoded in the signature.</summary>
    public ReadOnlyMemory<byte> Der { get; }

    /// <summary>X.509 version number (1 when the field is absent, 3 for v3).</summary>
    public int Version { get; private init; }

    /// <summary>Serial number content octets, big-endian, sign padding included.</summary>
    public ReadOnlyMemory<byte> Serial { get; private init; }

    /// <summary>OID of the outer signatureAlgorithm.</summary>
    public string SignatureAlgorithmOid { get; private init; } = string.Empty;

    /// <summary>The issuer Name, exactly as encoded (SignerInfo's issuerAndSerialNumber is compared against it).</summary>
    public ReadOnlyMemory<byte> Issuer { get; private init; }

    public ReadOnlyMemory<byte> Subject { get; private init; }

    public DateTimeOffset NotBefore { get; private init; }

    public DateTimeOffset NotAfter { get; private init; }

    /// <summary>Decodes <paramref name="der"/>; throws <see cref="AsnContentException"/> when it is not a certificate.</summary>
    public static CertificateFields Read(ReadOnlyMemory<byte> der)
    {
        // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
        AsnReader certificate = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
        AsnReader tbs = certificate.ReadSequence();
        string algorithm = Pkcs7Reader.ReadAlgorithm(certificate);

        // TBSCertificate ::= SEQUENCE { [0] version DEFAULT v1, serialNumber, signature, issuer, validity, subject, … }
        int version = 1;
        if (tbs.PeekTag().HasSameClassAndValue(VersionTag))
        {
            AsnReader explicitVersion = tbs.ReadSequence(VersionTag);
            version = explicitVersion.TryReadInt32(out int v) ? v + 1 : throw new AsnContentException("certificate version out of range");
        }

        ReadOnlyMemory<byte> serial = tbs.ReadIntegerBytes();
        tbs.ReadSequence();
        ReadOnlyMemory<byte> issuer = tbs.ReadEncodedValue();
        AsnReader validity = tbs.ReadSequence();
        DateTimeOffset notBefore = ReadTime(validity);
        DateTimeOffset notAfter = ReadTime(validity);
        ReadOnlyMemory<byte> subject = tbs.ReadEncodedValue();
        return new CertificateFields(der)
        {
            Version = version,
            Serial = serial,
            SignatureAlgorithmOid = algorithm,
            Issuer = issuer,
            Subject = subject,
            NotBefore = notBefore,
            NotAfter = notAfter,
        };
    }

    /// <summary>True when this is the certificate an issuerAndSerialNumber names (serials compared without sign padding).</summary>
    public bool IsNamedBy(byte[] issuerDer, byte[] serial) =>
        Issuer.Span.SequenceEqual(issuerDer) && TrimZeros(Serial.Span).SequenceEqual(TrimZeros(serial));

    /// <summary>Time ::= CHOICE { utcTime, generalTime }; two-digit years 50–99 are 19xx (RFC 5280).</summary>
    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime(twoDigitYearMax: 2049) : reader.ReadGeneralizedTime();

    private static ReadOnlySpan<byte> TrimZeros(ReadOnlySpan<byte> value)
    {
        int i = 0;
        while (i < value.Length - 1 && value[i] == 0)
        {
            i++;
        }

        return value[i..];
    }
}
