using Semitori.Formats.Pe.Authenticode;

namespace Semitori.Formats.Pe;

public sealed partial class PeFile
{
    private Lazy<IReadOnlyList<WinCertificate>> _certificateTable = null!;
    private Lazy<IReadOnlyList<AuthenticodeSignature>> _signatures = null!;

    /// <summary>WIN_CERTIFICATE entries of the security directory, read on first access.</summary>
    public IReadOnlyList<WinCertificate> CertificateTable => _certificateTable.Value;

    /// <summary>
    /// Authenticode signatures, top-level and nested, in order (libyara <c>signatures[]</c>); decoded
    /// on first access, with the file digest recomputed when <see cref="PeReaderOptions.VerifyAuthenticodeDigest"/>.
    /// </summary>
    public IReadOnlyList<AuthenticodeSignature> Signatures => _signatures.Value;

    private void InitializeSignatures()
    {
        PeReadContext c = _context;
        _certificateTable = new(() => c.Guard(PeAnomalyCodes.InternalError, "certificate table", () => AuthenticodeReader.ReadTable(this), []));
        _signatures = new(() => c.Guard(PeAnomalyCodes.InternalError, "signatures", () => AuthenticodeReader.ReadSignatures(this, CertificateTable), []));
    }
}
