namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// The shape test for an encrypted Quasar setting: Base64 text decoding to whole AES blocks
/// (IV ‖ ciphertext, or HMAC ‖ IV ‖ ciphertext, are both multiples of 16 bytes).
/// </summary>
internal static class EncryptedBlob
{
    /// <summary>Longest setting decoded. A 1.4 server certificate is about 2 KB of DER, Base64 of Base64 about 3.7 KB.</summary>
    public const int MaxEncodedLength = 64 * 1024;

    /// <summary>IV plus one block: the smallest possible encrypted value.</summary>
    public const int MinDecodedLength = 32;

    /// <summary>True when <paramref name="text"/> looks like an encrypted setting.</summary>
    public static bool HasShape(string text) => TryDecode(text, out byte[]? bytes) && bytes!.Length >= MinDecodedLength && bytes.Length % 16 == 0;

    /// <summary>Strict Base64 decode, bounded by <see cref="MaxEncodedLength"/>.</summary>
    public static bool TryDecode(string text, out byte[]? bytes)
    {
        bytes = null;
        if (text.Length < 4 || text.Length > MaxEncodedLength || text.Length % 4 != 0)
        {
            return false;
        }

        byte[] buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out int written))
        {
            return false;
        }

        bytes = buffer.AsSpan(0, written).ToArray();
        return true;
    }
}
