using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Key material for the Quasar schemes, with a per-file budget: PBKDF2 at 50,000 iterations costs
/// tens to hundreds of milliseconds, and a hostile file could offer many key strings. One instance
/// serves one file; derived keys are also kept in a small process-wide cache because a sweep often
/// meets many copies of one build (same key string), and only cache misses count against the budget.
/// </summary>
internal sealed class QuasarKeyDeriver
{
    /// <summary>PBKDF2 runs per file (each candidate × MAC layout may cost one).</summary>
    public const int MaxDerivations = 4;

    /// <summary>Derived keys kept process-wide; the cache is emptied when it grows past this.</summary>
    public const int MaxCachedKeys = 256;

    private static readonly ConcurrentDictionary<string, byte[]> SharedCache = new(StringComparer.Ordinal);

    /// <summary>Iterations Quasar 1.3 and 1.4 pass to <c>Rfc2898DeriveBytes</c>.</summary>
    public const int Iterations = 50_000;

    /// <summary>
    /// AES key (up to 32) plus HMAC key (64). Quasar calls GetBytes twice on one Rfc2898DeriveBytes,
    /// which continues the same output stream, so both keys are a prefix of one run split in order.
    /// </summary>
    public const int DerivedLength = 96;

    /// <summary>Longest key string derived from (1.4 uses a 40-hex thumbprint, 1.3 20 characters).</summary>
    public const int MaxKeyLength = 1024;

    /// <summary>The fixed 32-byte salt of Quasar 1.3 and 1.4 (Client/Core/Cryptography/AES.cs, Quasar.Common/Cryptography/Aes256.cs).</summary>
    public static ReadOnlySpan<byte> Salt =>
    [
        0xBF, 0xEB, 0x1E, 0x56, 0xFB, 0xCD, 0x97, 0x3B, 0xB2, 0x19, 0x02, 0x24, 0x30, 0xA5, 0x78, 0x43,
        0x00, 0x3D, 0x56, 0x44, 0xD2, 0x1E, 0x62, 0xB9, 0xD4, 0xF1, 0x80, 0xE7, 0xE6, 0xC3, 0x39, 0x41,
    ];

    /// <summary>PBKDF2 runs performed so far.</summary>
    public int Derivations { get; private set; }

    /// <summary>1.0–1.2: MD5 of the UTF-8 key string.</summary>
    public static byte[] Md5Key(string key) => MD5.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// The 96 PBKDF2-HMAC-SHA1 bytes for <paramref name="key"/> (UTF-8, as Rfc2898DeriveBytes encodes a
    /// string password), cached; null once the budget is spent or for an oversized key.
    /// </summary>
    public byte[]? Pbkdf2(string key)
    {
        if (SharedCache.TryGetValue(key, out byte[]? cached))
        {
            return cached;
        }

        if (Derivations >= MaxDerivations || key.Length > MaxKeyLength)
        {
            return null;
        }

        Derivations++;
        byte[] derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(key), Salt, Iterations, HashAlgorithmName.SHA1, DerivedLength);
        if (SharedCache.Count >= MaxCachedKeys)
        {
            SharedCache.Clear();
        }

        SharedCache[key] = derived;
        return derived;
    }
}
