using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Semitori.Formats.Pe.Authenticode;

namespace Semitori.Formats.Tests.Pe;

/// <summary>
/// The managed certificate reading against the platform's X509Certificate2 (OpenSSL here), which
/// the projection used before: certificates generated in the test with the shapes that differ in
/// encoding (serials needing sign padding or with leading zero bytes, UTCTime and GeneralizedTime
/// validity, RSA and ECDSA, multi-valued and unusual name attributes).
/// </summary>
public class CertificateFieldsTests
{
    public static TheoryData<string, string, int, int> Shapes => new()
    {
        { "CN=Plain Signer, O=Example Corp, C=JP", "80", 2001, 2030 },
        { "CN=Padded Serial, OU=Unit, O=Org, L=Tokyo, ST=Tokyo, C=JP", "00ff10", 1999, 2049 },
        { "CN=Leading Zeros, O=Org", "0000000001c8243ac81e", 2020, 2051 },
        { "CN=a+O=b, C=US", "7f", 1950, 2100 },
        { "E=someone@example.com, SERIALNUMBER=12345, CN=名前 株式会社, DC=example, DC=com", "3300000001", 2010, 2035 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Rsa_certificate_fields_equal_the_platform_reading(string subject, string serialHex, int fromYear, int toYear)
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        AssertSameAsPlatform(Issue(request, serialHex, fromYear, toYear));
    }

    [Fact]
    public void Ecdsa_certificate_fields_equal_the_platform_reading()
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Curve Signer, O=Example", key, HashAlgorithmName.SHA384);
        AssertSameAsPlatform(Issue(request, "0a0b0c", 2015, 2065));
    }

    [Fact]
    public void Issuer_and_serial_name_the_certificate_with_or_without_sign_padding()
    {
        using RSA key = RSA.Create(2048);
        byte[] der = Issue(new CertificateRequest("CN=Named", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), "00ff10", 2001, 2030);
        CertificateFields fields = CertificateFields.Read(der);
        using X509Certificate2 platform = X509CertificateLoader.LoadCertificate(der);
        Assert.True(fields.IsNamedBy(platform.IssuerName.RawData, [0xff, 0x10]));
        Assert.True(fields.IsNamedBy(platform.IssuerName.RawData, [0x00, 0xff, 0x10]));
        Assert.False(fields.IsNamedBy(platform.IssuerName.RawData, [0xff, 0x11]));
        Assert.False(fields.IsNamedBy(platform.SubjectName.RawData.AsSpan(0, platform.SubjectName.RawData.Length - 1).ToArray(), [0xff, 0x10]));
    }

    [Fact]
    public void Truncated_certificate_is_an_error_not_an_exception()
    {
        using RSA key = RSA.Create(2048);
        byte[] der = Issue(new CertificateRequest("CN=Cut", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), "01", 2001, 2030);
        var errors = new List<string>();
        Assert.Null(CertificateFormatter.TryCreate(der.AsMemory(0, der.Length / 2), errors, out CertificateFields? fields));
        Assert.Null(fields);
        Assert.StartsWith("undecodable certificate", Assert.Single(errors));
    }

    private static byte[] Issue(CertificateRequest request, string serialHex, int fromYear, int toYear)
    {
        using X509Certificate2 certificate = request.CreateSelfSigned(new DateTimeOffset(fromYear, 3, 4, 5, 6, 7, TimeSpan.Zero), new DateTimeOffset(toYear, 11, 12, 13, 14, 15, TimeSpan.Zero));
        // Re-issue with the wanted serial: CreateSelfSigned picks a random one.
        using X509Certificate2 issued = request.Create(certificate.SubjectName, X509SignatureGenerator(request, certificate), certificate.NotBefore, certificate.NotAfter, Convert.FromHexString(serialHex));
        return issued.RawData;
    }

    private static X509SignatureGenerator X509SignatureGenerator(CertificateRequest request, X509Certificate2 selfSigned) =>
        selfSigned.GetRSAPrivateKey() is { } rsa
            ? System.Security.Cryptography.X509Certificates.X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1)
            : System.Security.Cryptography.X509Certificates.X509SignatureGenerator.CreateForECDsa(selfSigned.GetECDsaPrivateKey()!);

    private static void AssertSameAsPlatform(byte[] der)
    {
        var errors = new List<string>();
        SignatureCertificate ours = CertificateFormatter.TryCreate(der, errors, out _)!;
        Assert.Empty(errors);
        using X509Certificate2 platform = X509CertificateLoader.LoadCertificate(der);
        Assert.Equal(CertificateFormatter.OneLine(platform.IssuerName), ours.Issuer);
        Assert.Equal(CertificateFormatter.OneLine(platform.SubjectName), ours.Subject);
        Assert.Equal(platform.Version, ours.Version);
        Assert.Equal(platform.SignatureAlgorithm.Value, ours.AlgorithmOid);
        Assert.Equal(CertificateFormatter.FormatSerial(platform.SerialNumberBytes.Span), ours.Serial);
        Assert.Equal(platform.Thumbprint.ToLowerInvariant(), ours.Thumbprint);
        Assert.Equal(new DateTimeOffset(platform.NotBefore.ToUniversalTime()).ToUnixTimeSeconds(), ours.NotBefore);
        Assert.Equal(new DateTimeOffset(platform.NotAfter.ToUniversalTime()).ToUnixTimeSeconds(), ours.NotAfter);
        Assert.Equal(der, ours.RawData);
    }
}
