using System.Security.Cryptography;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Quasar 1.3 (AES-128) and 1.4 (AES-256): blob = HMAC-SHA256(hmacKey, IV ‖ CT)(32) ‖ IV(16) ‖ CT,
/// keys from one PBKDF2 run. The HMAC is the key oracle: it is checked first, as the client does;
/// decryption is attempted either way so a value with a wrong MAC can still be shown, marked so.
/// </summary>
internal sealed class HmacAesDecryptor : ISettingsDecryptor
{
    private const int MacLength = 32;
    private const int HmacKeyLength = 64;

    private readonly byte[] _aesKey;
    private readonly byte[] _hmacKey;

    private HmacAesDecryptor(QuasarScheme scheme, byte[] aesKey, byte[] hmacKey)
    {
        Scheme = scheme;
        _aesKey = aesKey;
        _hmacKey = hmacKey;
    }

    public QuasarScheme Scheme { get; }

    /// <summary>A decryptor for <paramref name="keyString"/>, or null when the derivation budget is spent.</summary>
    public static HmacAesDecryptor? Create(QuasarScheme scheme, string keyString, QuasarKeyDeriver deriver)
    {
        int aesLength = scheme switch
        {
            QuasarScheme.Pbkdf2Aes128Hmac => 16,
            QuasarScheme.Pbkdf2Aes256Hmac => 32,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "not an HMAC scheme"),
        };
        byte[]? derived = deriver.Pbkdf2(keyString);
        return derived is null ? null : new HmacAesDecryptor(scheme, derived[..aesLength], derived[aesLength..(aesLength + HmacKeyLength)]);
    }

    public DecryptedValue Decrypt(byte[] blob)
    {
        if (blob.Length < MacLength + 32)
        {
            return new DecryptedValue(true, false, null);
        }

        ReadOnlySpan<byte> authenticated = blob.AsSpan(MacLength);
        byte[] mac = HMACSHA256.HashData(_hmacKey, authenticated);
        bool valid = CryptographicOperations.FixedTimeEquals(mac, blob.AsSpan(0, MacLength));
        return new DecryptedValue(true, valid, AesCbcText.TryDecrypt(_aesKey, authenticated[..16], authenticated[16..]));
    }
}
