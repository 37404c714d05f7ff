using System.Formats.Asn1;

namespace Semitori.Formats.Pe.Authenticode;

/// <summary>
/// Minimal PKCS#7 (RFC 2315 / CMS) decoding with System.Formats.Asn1: ContentInfo → SignedData →
/// encapsulated content, certificate bag, first SignerInfo with its attributes. BER rules, since
/// signers do not all emit DER. Decoding errors surface as <see cref="AsnContentException"/>.
/// </summary>
internal static class Pkcs7Reader
{
    public const string SignedDataOid = "1.2.840.113549.1.7.2";
    private const string MessageDigestOid = "1.2.840.113549.1.9.4";
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";
    private const string OpusInfoOid = "1.3.6.1.4.1.311.2.1.12";

    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, isConstructed: true);

    public sealed class SignedData
    {
        public string ContentType { get; set; } = string.Empty;
        public ReadOnlyMemory<byte> Content { get; set; }
        public List<ReadOnlyMemory<byte>> Certificates { get; } = [];
        public SignerInfoData? Signer { get; set; }
    }

    public static SignedData Read(ReadOnlyMemory<byte> der, int maxCertificates)
    {
        var contentInfo = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
        string type = contentInfo.ReadObjectIdentifier();
        if (type != SignedDataOid)
        {
            throw new AsnContentException($"content type {type} is not SignedData");
        }

        AsnReader signedData = contentInfo.ReadSequence(Context0).ReadSequence();
        signedData.ReadInteger();
        signedData.ReadSetOf(skipSortOrderValidation: true);
        var result = new SignedData();
        AsnReader encapsulated = signedData.ReadSequence();
        result.ContentType = encapsulated.ReadObjectIdentifier();
        if (encapsulated.HasData)
        {
            result.Content = encapsulated.ReadSequence(Context0).ReadEncodedValue();
        }

        if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(Context0))
        {
            AsnReader bag = signedData.ReadSetOf(skipSortOrderValidation: true, Context0);
            while (bag.HasData && result.Certificates.Count < maxCertificates)
            {
                // CertificateChoices also allows tagged attribute/other certificates; only plain X.509 ones are kept.
                bool plain = bag.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence);
                ReadOnlyMemory<byte> encoded = bag.ReadEncodedValue();
                if (plain)
                {
                    result.Certificates.Add(encoded);
                }
            }
        }

        if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(Context1))
        {
            signedData.ReadEncodedValue();
        }

        AsnReader signers = signedData.ReadSetOf(skipSortOrderValidation: true);
        if (signers.HasData)
        {
            result.Signer = ReadSignerInfo(signers.ReadSequence());
        }

        return result;
    }

    public static SignerInfoData ReadSignerInfo(AsnReader signer)
    {
        var info = new SignerInfoData();
        signer.ReadInteger();
        if (signer.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            AsnReader sid = signer.ReadSequence();
            info.IssuerDer = sid.ReadEncodedValue().ToArray();
            info.Serial = sid.ReadIntegerBytes().ToArray();
        }
        else
        {
            signer.ReadEncodedValue();
        }

        info.DigestAlgorithmOid = ReadAlgorithm(signer);
        if (signer.PeekTag().HasSameClassAndValue(Context0))
        {
            ReadOnlyMemory<byte> encoded = signer.ReadEncodedValue();
            info.SignedAttributes = encoded.ToArray();
            ReadAttributes(new AsnReader(encoded, AsnEncodingRules.BER).ReadSetOf(skipSortOrderValidation: true, Context0), info, signed: true);
        }

        info.SignatureAlgorithmOid = ReadAlgorithm(signer);
        info.Signature = signer.ReadOctetString();
        if (signer.HasData && signer.PeekTag().HasSameClassAndValue(Context1))
        {
            ReadAttributes(signer.ReadSetOf(skipSortOrderValidation: true, Context1), info, signed: false);
        }

        return info;
    }

    public static string ReadAlgorithm(AsnReader reader)
    {
        AsnReader algorithm = reader.ReadSequence();
        string oid = algorithm.ReadObjectIdentifier();
        return oid;
    }

    private static void ReadAttributes(AsnReader set, SignerInfoData info, bool signed)
    {
        while (set.HasData)
        {
            AsnReader attribute = set.ReadSequence();
            string oid = attribute.ReadObjectIdentifier();
            AsnReader values = attribute.ReadSetOf(skipSortOrderValidation: true);
            while (values.HasData)
            {
                ReadOnlyMemory<byte> value = values.ReadEncodedValue();
                if (!signed)
                {
                    info.UnsignedAttributes.Add((oid, value));
                    continue;
                }

                var reader = new AsnReader(value, AsnEncodingRules.BER);
                switch (oid)
                {
                    case MessageDigestOid:
                        info.MessageDigest = reader.ReadOctetString();
                        break;
                    case SigningTimeOid:
                        info.SigningTime = reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
                        break;
                    case OpusInfoOid:
                        info.ProgramName = ReadProgramName(reader);
                        break;
                }
            }
        }
    }

    /// <summary>SpcSpOpusInfo ::= SEQUENCE { programName [0] EXPLICIT SpcString OPTIONAL, … }.</summary>
    private static string? ReadProgramName(AsnReader reader)
    {
        AsnReader opus = reader.ReadSequence();
        if (!opus.HasData || !opus.PeekTag().HasSameClassAndValue(Context0))
        {
            return null;
        }

        AsnReader spcString = opus.ReadSequence(Context0);
        Asn1Tag tag = spcString.PeekTag();
        return tag.TagValue switch
        {
            0 => spcString.ReadCharacterString(UniversalTagNumber.BMPString, new Asn1Tag(TagClass.ContextSpecific, 0)),
            1 => spcString.ReadCharacterString(UniversalTagNumber.IA5String, new Asn1Tag(TagClass.ContextSpecific, 1)),
            _ => null,
        };
    }
}
