using System.Security.Cryptography;
using System.Text;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// AES-CBC/PKCS7 decryption to text, used as the padding oracle: a wrong key yields bad padding
/// (or, rarely, bytes that are not clean UTF-8 text), reported as null rather than an exception.
/// </summary>
internal static class AesCbcText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? TryDecrypt(byte[] key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> cipherText)
    {
        if (iv.Length != 16 || cipherText.Length == 0 || cipherText.Length % 16 != 0)
        {
            return null;
        }

        byte[] plain;
        try
        {
            using Aes aes = Aes.Create();
            aes.Key = key;
            plain = aes.DecryptCbc(cipherText, iv, PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(plain);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        // Settings are host lists, names and Base64: control characters mean a wrong key that padded by chance.
        return text.Any(char.IsControl) ? null : text;
    }
}
