namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Quasar 1.0–1.2: AES-128-CBC with key MD5(UTF-8 key string); blob = IV(16) ‖ ciphertext. No MAC,
/// so the caller accepts a key only when every encrypted value unpads to clean text.
/// </summary>
internal sealed class Md5AesDecryptor : ISettingsDecryptor
{
    private readonly byte[] _key;

    public Md5AesDecryptor(string keyString) => _key = QuasarKeyDeriver.Md5Key(keyString);

    public QuasarScheme Scheme => QuasarScheme.Md5Aes128;

    public DecryptedValue Decrypt(byte[] blob) =>
        new(false, false, blob.Length < 32 ? null : AesCbcText.TryDecrypt(_key, blob.AsSpan(0, 16), blob.AsSpan(16)));
}
