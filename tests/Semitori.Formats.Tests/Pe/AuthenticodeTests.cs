using Semitori.Formats.Pe;
using Semitori.Formats.Pe.Authenticode;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.Pe;

/// <summary>Signature values cross-checked with yara 4.2.3 (console.log of pe.signatures[0].*).</summary>
public class AuthenticodeTests
{
    [Fact]
    public void Dual_signed_file_has_a_nested_signature_and_both_verify()
    {
        PeFile pe = PeFile.FromFile(TestFiles.Corpus("3b8b90159fa9b6048cc5410c5d53f116943564e4d05b04a843f9b3d0540d0c1c"));
        Assert.Equal(2, pe.Signatures.Count);
        AuthenticodeSignature first = pe.Signatures[0];
        Assert.Equal("sha1", first.DigestAlgorithm);
        Assert.Equal(first.Digest, first.FileDigest);
        Assert.True(first.Verified);
        Assert.Equal("sha256", pe.Signatures[1].DigestAlgorithm);
        Assert.Equal(1, pe.Signatures[1].Depth);
        Assert.True(pe.Signatures[1].Verified);
        SignatureCertificate signer = first.Signer!;
        Assert.Equal("/C=US/O=Symantec Corporation/OU=Symantec Trust Network/CN=Symantec Class 3 SHA256 Code Signing CA", signer.Issuer);
        Assert.Equal("/C=GB/L=Nottingham/O=Serif (Europe) Ltd/CN=Serif (Europe) Ltd/ST=Nottinghamshire", signer.Subject);
        Assert.Equal("2b:95:56:9c:51:5a:47:9f:7c:d5:3c:02:11:7d:ba:3d", signer.Serial);
        Assert.Equal("5b0d01d84785ee069cd543421be22be7c1f9b976", signer.Thumbprint);
        Assert.Equal(1554940800, signer.NotBefore);
        Assert.Equal(3, signer.Version);
        Assert.Equal("sha256WithRSAEncryption", signer.Algorithm);
        Assert.NotEmpty(first.Countersignatures);
        Assert.NotNull(first.Countersignatures[0].SignTime);
    }

    [Fact]
    public void Microsoft_signed_runtime_assembly_verifies()
    {
        PeFile pe = PeFile.FromFile(TestFiles.Runtime("System.Private.CoreLib.dll"));
        AuthenticodeSignature signature = Assert.Single(pe.Signatures);
        Assert.True(signature.Verified);
        Assert.Equal("Microsoft", signature.ProgramName);
        Assert.Contains("O=Microsoft Corporation", signature.Signer!.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(pe.Anomalies, a => a.Code is PeAnomalyCodes.BadSignature or PeAnomalyCodes.DigestMismatch);
    }

    [Fact]
    public void Short_digest_is_a_mismatch_not_a_failure()
    {
        PeFile pe = PeFile.FromFile(TestFiles.Corpus("authenticode_short_digest"));
        AuthenticodeSignature signature = Assert.Single(pe.Signatures);
        Assert.False(signature.Verified);
        Assert.Equal("aa", signature.Digest);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.DigestMismatch);
    }

    [Fact]
    public void A_patched_byte_breaks_verification()
    {
        byte[] data = File.ReadAllBytes(TestFiles.Runtime("System.Private.CoreLib.dll"));
        data[0x400] ^= 0xFF;
        PeFile pe = PeFile.FromBytes(data);
        Assert.False(Assert.Single(pe.Signatures).Verified);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.DigestMismatch);
    }

    [Fact]
    public void Unsigned_file_has_no_signatures()
    {
        PeFile pe = PeFile.FromFile(TestFiles.Corpus("tiny"));
        Assert.Empty(pe.CertificateTable);
        Assert.Empty(pe.Signatures);
    }
}
