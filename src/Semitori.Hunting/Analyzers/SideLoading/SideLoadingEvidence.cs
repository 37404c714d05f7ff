namespace Semitori.Hunting.Analyzers.SideLoading;

/// <summary>What was established about one host/DLL pair, the input of <see cref="SideLoadingScore"/>.</summary>
/// <param name="Host">The table entry the host executable matched.</param>
/// <param name="DllListed">The DLL's name is one the table lists for this host.</param>
/// <param name="HostImportsDll">The host's import (or delay-import) table names the DLL.</param>
/// <param name="HostSigned">The host carries an Authenticode signature (embedded; catalog signing is not visible here).</param>
/// <param name="HostSignatureVerified">That signature's digests and signer signature verify (no trust-store chain check).</param>
/// <param name="HostRenamed">The host was recognised by its VersionInfo OriginalFilename, not by its file name.</param>
/// <param name="DllSignedByVendor">The DLL itself is signed with the host vendor's name in the signer subject.</param>
public sealed record SideLoadingEvidence(
    SideLoadingHost Host,
    bool DllListed,
    bool HostImportsDll,
    bool HostSigned,
    bool HostSignatureVerified,
    bool HostRenamed,
    bool DllSignedByVendor);
