using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Repeats Quasar 1.4's start-up check (Settings.VerifyHash): the decrypted SERVERCERTIFICATESTR is
/// Base64 DER, and SERVERSIGNATURE must verify as RSA-SHA256/PKCS#1 over SHA-256(UTF-8 ENCRYPTIONKEY).
/// Parsing hostile DER is delegated to the platform loader, bounded by <see cref="MaxCertificateBytes"/>.
/// </summary>
internal static class ServerCertificateCheck
{
    /// <summary>Largest certificate parsed; Quasar's are about 1.3 KB (RSA-4096 CA-issued).</summary>
    public const int MaxCertificateBytes = 16 * 1024;

    public static ServerCertificateInfo? Check(IReadOnlyList<QuasarSetting> settings)
    {
        string? Value(string key) => settings.FirstOrDefault(s => s.Key == key)?.Value;
        string? certificateText = Value("server_certificate");
        if (string.IsNullOrEmpty(certificateText) || !TryBase64(certificateText, out byte[]? der) || der!.Length > MaxCertificateBytes)
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            return new ServerCertificateInfo(null, null, null);
        }

        using (certificate)
        {
            bool? valid = null;
            using RSA? rsa = certificate.GetRSAPublicKey();
            if (rsa is not null && TryBase64(Value("server_signature") ?? string.Empty, out byte[]? signature))
            {
                byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(Value("encryption_key") ?? string.Empty));
                try
                {
                    valid = rsa.VerifyHash(hash, signature!, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }
                catch (CryptographicException)
                {
                    valid = false;
                }
            }

            return new ServerCertificateInfo(certificate.Subject, certificate.Thumbprint, valid);
        }
    }

    private static bool TryBase64(string text, out byte[]? bytes)
    {
        bytes = null;
        if (text.Length == 0 || text.Length > EncryptedBlob.MaxEncodedLength)
        {
            return false;
        }

        byte[] buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out int written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
