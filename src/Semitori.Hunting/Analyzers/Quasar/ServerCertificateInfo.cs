namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// The 1.4 server certificate embedded in the settings and the client's own consistency check:
/// SERVERSIGNATURE must be an RSA-SHA256 signature over SHA-256(ENCRYPTIONKEY) by that certificate.
/// </summary>
/// <param name="Subject">Certificate subject, or null when it could not be parsed.</param>
/// <param name="Thumbprint">SHA-1 thumbprint (hex), or null.</param>
/// <param name="SignatureValid">Signature verdict; null when it could not be checked (no RSA key, bad Base64).</param>
internal sealed record ServerCertificateInfo(string? Subject, string? Thumbprint, bool? SignatureValid);
