namespace Semitori.Formats.Pe.Authenticode;

/// <summary>One WIN_CERTIFICATE entry of the security directory.</summary>
/// <param name="Offset">File offset of the entry.</param>
/// <param name="Length">dwLength as stored (header included).</param>
/// <param name="Revision">wRevision (0x0200 for Authenticode).</param>
/// <param name="CertificateType">wCertificateType (2 = PKCS#7 SignedData).</param>
/// <param name="Data">bCertificate, clamped to the file.</param>
public sealed record WinCertificate(long Offset, uint Length, ushort Revision, ushort CertificateType, ReadOnlyMemory<byte> Data)
{
    public const ushort PkcsSignedDataType = 2;
}
