using System.Formats.Asn1;
using System.Security.Cryptography;
using Semitori.Formats.Common;

namespace Semitori.Formats.Pe.Authenticode;

/// <summary>
/// Reads the security directory (WIN_CERTIFICATE list, 8-byte aligned) and decodes each PKCS#7
/// Authenticode signature, following nested signatures (1.3.6.1.4.1.311.2.4.1) up to
/// <see cref="PeLimits.MaxNestedSignatures"/>. One bad blob costs only its own signature.
/// </summary>
internal static class AuthenticodeReader
{
    private const string IndirectDataOid = "1.3.6.1.4.1.311.2.1.4";
    private const string NestedSignatureOid = "1.3.6.1.4.1.311.2.4.1";
    private const string CountersignatureOid = "1.2.840.113549.1.9.6";
    private const string Rfc3161Oid = "1.3.6.1.4.1.311.3.3.1";
    private const int HeaderSize = 8;

    public static IReadOnlyList<WinCertificate> ReadTable(PeFile pe)
    {
        PeReadContext context = pe.Context;
        ByteView v = context.View;
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.Security);
        var list = new List<WinCertificate>();
        if (!pe.IsPe || dir.VirtualAddress == 0 || dir.Size == 0)
        {
            return list;
        }

        // The security directory's address is a file offset, not an RVA.
        long at = dir.VirtualAddress;
        long end = Math.Min((long)dir.VirtualAddress + dir.Size, v.Length);
        if (at >= v.Length)
        {
            context.Report(PeAnomalyCodes.BadCertificateTable, $"certificate table offset 0x{at:X} lies past the end of the file");
            return list;
        }

        while (at + HeaderSize <= end)
        {
            if (list.Count >= context.Options.MaxCertificates)
            {
                context.Report(PeAnomalyCodes.LimitReached, $"more than {context.Options.MaxCertificates} certificate entries", at);
                break;
            }

            uint length = v.U32(at);
            if (length < HeaderSize || at + length > end)
            {
                context.Report(PeAnomalyCodes.BadCertificateTable, $"WIN_CERTIFICATE length {length} does not fit the table", at);
                break;
            }

            list.Add(new WinCertificate(at, length, v.U16(at + 4), v.U16(at + 6), v.Memory.Slice((int)at + HeaderSize, (int)length - HeaderSize)));
            at += (length + 7) & ~7L;
        }

        return list;
    }

    public static IReadOnlyList<AuthenticodeSignature> ReadSignatures(PeFile pe, IReadOnlyList<WinCertificate> table)
    {
        var digests = new Dictionary<HashAlgorithmName, byte[]?>();
        byte[]? FileDigest(HashAlgorithmName name)
        {
            if (!pe.Options.VerifyAuthenticodeDigest)
            {
                return null;
            }

            if (!digests.TryGetValue(name, out byte[]? value))
            {
                value = AuthenticodeDigest.Compute(pe, name);
                digests[name] = value;
            }

            return value;
        }

        var output = new List<AuthenticodeSignature>();
        foreach (WinCertificate entry in table)
        {
            if (entry.CertificateType != WinCertificate.PkcsSignedDataType)
            {
                pe.Context.Report(PeAnomalyCodes.BadCertificateTable, $"certificate type {entry.CertificateType} is not PKCS#7", entry.Offset);
                continue;
            }

            ReadOne(pe, entry.Data, 0, FileDigest, output, entry.Offset);
        }

        return output;
    }

    private static void ReadOne(PeFile pe, ReadOnlyMemory<byte> der, int depth, Func<HashAlgorithmName, byte[]?> fileDigest, List<AuthenticodeSignature> output, long offset)
    {
        var errors = new List<string>();
        Pkcs7Reader.SignedData data;
        try
        {
            data = Pkcs7Reader.Read(der, PeLimits.MaxCertificatesPerSignature);
        }
        catch (Exception ex) when (ex is AsnContentException or CryptographicException or ArgumentException)
        {
            pe.Context.Report(PeAnomalyCodes.BadSignature, $"undecodable PKCS#7 signature: {ex.Message}", offset);
            return;
        }

        var certificates = new List<SignatureCertificate>();
        var x509 = new List<CertificateFields>();
        foreach (ReadOnlyMemory<byte> certificate in data.Certificates)
        {
            if (CertificateFormatter.TryCreate(certificate, errors, out CertificateFields? parsed) is { } formatted)
            {
                certificates.Add(formatted);
                x509.Add(parsed!);
            }
        }

        SignerInfoData? signer = data.Signer;
        int signerIndex = signer is null ? -1 : x509.FindIndex(c => c.IsNamedBy(signer.IssuerDer, signer.Serial));
        (string? digestAlgorithm, byte[]? signedDigest) = ReadIndirectDigest(data, errors);
        CertificateFields? signerCertificate = signerIndex >= 0 ? x509[signerIndex] : null;

        // Hashing the whole file and checking the signer's signature cost more than everything else
        // a rule reads from a signature (issuer, serial…): done on the first read of FileDigest or Verified.
        (string? FileDigest, bool Verified) Check()
        {
            var late = new List<string>();
            byte[]? computed = digestAlgorithm is not null && AlgorithmNames.Hash(digestAlgorithm) is { } hashName ? fileDigest(hashName) : null;
            bool digestMatches = computed is not null && signedDigest is not null && computed.AsSpan().SequenceEqual(signedDigest);
            bool verified = digestMatches && signer is not null && signerCertificate is not null && SignatureCheck.Verify(data, signer, signerCertificate.Der, late);
            if (computed is not null && signedDigest is not null && !digestMatches)
            {
                pe.Context.Report(PeAnomalyCodes.DigestMismatch, "Authenticode digest differs from the file's digest", offset);
            }

            foreach (string error in late)
            {
                pe.Context.Report(PeAnomalyCodes.BadSignature, error, offset);
            }

            return (computed is null ? null : Convert.ToHexStringLower(computed), verified);
        }

        output.Add(new AuthenticodeSignature
        {
            Depth = depth,
            DigestAlgorithm = digestAlgorithm is null ? null : AlgorithmNames.Name(digestAlgorithm),
            Digest = signedDigest is null ? null : Convert.ToHexStringLower(signedDigest),
            Check = Check,
            Certificates = certificates,
            Signer = signerIndex >= 0 ? certificates[signerIndex] : null,
            ProgramName = signer?.ProgramName,
            SignerDigestAlgorithm = signer is null ? null : AlgorithmNames.Name(signer.DigestAlgorithmOid),
            SignerDigest = signer?.MessageDigest is { } md ? Convert.ToHexStringLower(md) : null,
            SignerChain = BuildChain(x509, certificates, signerIndex),
            Countersignatures = signer is null ? [] : ReadCountersignatures(signer, x509, certificates, errors),
            Errors = errors,
        });
        foreach (string error in errors)
        {
            pe.Context.Report(PeAnomalyCodes.BadSignature, error, offset);
        }

        if (signer is null)
        {
            return;
        }

        foreach ((string oid, ReadOnlyMemory<byte> value) in signer.UnsignedAttributes)
        {
            if (oid == NestedSignatureOid && depth < PeLimits.MaxNestedSignatures && output.Count < PeLimits.MaxNestedSignatures)
            {
                ReadOne(pe, value, depth + 1, fileDigest, output, offset);
            }
        }
    }

    private static (string? Algorithm, byte[]? Digest) ReadIndirectDigest(Pkcs7Reader.SignedData data, List<string> errors)
    {
        if (data.ContentType != IndirectDataOid || data.Content.IsEmpty)
        {
            errors.Add($"content type {data.ContentType} is not SpcIndirectDataContent");
            return (null, null);
        }

        try
        {
            // SpcIndirectDataContent ::= SEQUENCE { data SpcAttributeTypeAndOptionalValue, messageDigest DigestInfo }
            AsnReader content = new AsnReader(data.Content, AsnEncodingRules.BER).ReadSequence();
            content.ReadSequence();
            AsnReader digestInfo = content.ReadSequence();
            string algorithm = Pkcs7Reader.ReadAlgorithm(digestInfo);
            return (algorithm, digestInfo.ReadOctetString());
        }
        catch (AsnContentException ex)
        {
            errors.Add($"undecodable SpcIndirectDataContent: {ex.Message}");
            return (null, null);
        }
    }

    /// <summary>Signer, then its issuer found by subject name, and so on; bounded by the bag size so self-issued loops end.</summary>
    private static List<SignatureCertificate> BuildChain(List<CertificateFields> x509, List<SignatureCertificate> certificates, int start)
    {
        var chain = new List<SignatureCertificate>();
        var seen = new HashSet<int>();
        for (int i = start; i >= 0 && seen.Add(i); )
        {
            chain.Add(certificates[i]);
            CertificateFields current = x509[i];
            i = x509.FindIndex(c => c.Subject.Span.SequenceEqual(current.Issuer.Span));
        }

        return chain;
    }

    private static List<Countersignature> ReadCountersignatures(SignerInfoData signer, List<CertificateFields> x509, List<SignatureCertificate> certificates, List<string> errors)
    {
        var list = new List<Countersignature>();
        foreach ((string oid, ReadOnlyMemory<byte> value) in signer.UnsignedAttributes)
        {
            try
            {
                if (oid == CountersignatureOid)
                {
                    SignerInfoData counter = Pkcs7Reader.ReadSignerInfo(new AsnReader(value, AsnEncodingRules.BER).ReadSequence());
                    int index = x509.FindIndex(c => c.IsNamedBy(counter.IssuerDer, counter.Serial));
                    list.Add(new Countersignature
                    {
                        SignTime = counter.SigningTime?.ToUnixTimeSeconds(),
                        DigestAlgorithm = AlgorithmNames.Name(counter.DigestAlgorithmOid),
                        Digest = counter.MessageDigest is { } d ? Convert.ToHexStringLower(d) : null,
                        Chain = BuildChain(x509, certificates, index),
                    });
                }
                else if (oid == Rfc3161Oid)
                {
                    list.Add(TimestampTokenReader.Read(value, errors));
                }
            }
            catch (Exception ex) when (ex is AsnContentException or CryptographicException)
            {
                errors.Add($"undecodable countersignature: {ex.Message}");
            }
        }

        return list;
    }
}
