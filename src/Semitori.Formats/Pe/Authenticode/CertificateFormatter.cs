using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Semitori.Formats.Pe.Authenticode;

/// <summary>Turns a DER certificate into the libyara-shaped <see cref="SignatureCertificate"/>.</summary>
internal static class CertificateFormatter
{
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["2.5.4.3"] = "CN", ["2.5.4.6"] = "C", ["2.5.4.7"] = "L", ["2.5.4.8"] = "ST", ["2.5.4.9"] = "street",
        ["2.5.4.10"] = "O", ["2.5.4.11"] = "OU", ["2.5.4.5"] = "serialNumber", ["2.5.4.12"] = "title",
        ["2.5.4.4"] = "SN", ["2.5.4.42"] = "GN", ["2.5.4.43"] = "initials", ["2.5.4.15"] = "businessCategory",
        ["2.5.4.17"] = "postalCode", ["1.2.840.113549.1.9.1"] = "emailAddress", ["0.9.2342.19200300.100.1.25"] = "DC",
        ["1.3.6.1.4.1.311.60.2.1.1"] = "jurisdictionL", ["1.3.6.1.4.1.311.60.2.1.2"] = "jurisdictionST",
        ["1.3.6.1.4.1.311.60.2.1.3"] = "jurisdictionC", ["2.5.4.97"] = "organizationIdentifier",
    };

    /// <summary>Decodes one certificate; null (and an error) when the DER is not a certificate.</summary>
    public static SignatureCertificate? TryCreate(ReadOnlyMemory<byte> der, List<string> errors, out CertificateFields? fields)
    {
        fields = null;
        try
        {
            fields = CertificateFields.Read(der);
            CertificateFields c = fields;
            return new SignatureCertificate
            {
                Issuer = OneLine(new X500DistinguishedName(c.Issuer.Span)),
                Subject = OneLine(new X500DistinguishedName(c.Subject.Span)),
                Version = c.Version,
                Algorithm = AlgorithmNames.Name(c.SignatureAlgorithmOid),
                AlgorithmOid = c.SignatureAlgorithmOid,
                Serial = FormatSerial(c.Serial.Span),
                Thumbprint = Convert.ToHexStringLower(SHA1.HashData(der.Span)),
                NotBefore = c.NotBefore.ToUnixTimeSeconds(),
                NotAfter = c.NotAfter.ToUnixTimeSeconds(),
                RawData = der.ToArray(),
            };
        }
        catch (Exception ex) when (ex is AsnContentException or CryptographicException)
        {
            fields = null;
            errors.Add($"undecodable certificate: {ex.Message}");
            return null;
        }
    }

    /// <summary>OpenSSL X509_NAME_oneline form: RDNs in encoded order, each "/SN=value".</summary>
    public static string OneLine(X500DistinguishedName name)
    {
        try
        {
            var text = new StringBuilder();
            foreach (X500RelativeDistinguishedName rdn in name.EnumerateRelativeDistinguishedNames(reversed: false))
            {
                string oid = rdn.GetSingleElementType().Value ?? string.Empty;
                text.Append('/').Append(ShortNames.TryGetValue(oid, out string? sn) ? sn : oid).Append('=').Append(rdn.GetSingleElementValue());
            }

            return text.ToString();
        }
        catch (CryptographicException)
        {
            return name.Name;
        }
    }

    /// <summary>Big-endian serial bytes without sign-padding zeros, as colon-separated lowercase hex.</summary>
    public static string FormatSerial(ReadOnlySpan<byte> bigEndian)
    {
        int start = 0;
        while (start < bigEndian.Length - 1 && bigEndian[start] == 0)
        {
            start++;
        }

        return string.Join(':', bigEndian[start..].ToArray().Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
