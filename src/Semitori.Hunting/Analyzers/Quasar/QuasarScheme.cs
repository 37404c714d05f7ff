namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>How a Quasar client encrypts its string settings (quasar/Quasar, per release tag).</summary>
internal enum QuasarScheme
{
    /// <summary>1.0–1.2: AES-128-CBC/PKCS7, key = MD5(UTF-8 key string), blob = Base64(IV ‖ CT), no MAC.</summary>
    Md5Aes128 = 0,

    /// <summary>1.3: PBKDF2-HMAC-SHA1(key string, fixed salt, 50,000) → 16-byte AES key ‖ 64-byte HMAC key; blob = Base64(HMAC-SHA256 ‖ IV ‖ CT).</summary>
    Pbkdf2Aes128Hmac = 1,

    /// <summary>1.4: as 1.3 with a 32-byte AES key (AES-256-CBC).</summary>
    Pbkdf2Aes256Hmac = 2,
}
