using System.Security.Cryptography;
using System.Text;

namespace Semitori.Hunting.Tests.Analyzers.Quasar;

/// <summary>
/// The test side's own implementation of the three Quasar string schemes, written from the
/// published layout (IV ‖ CT with an MD5 key; HMAC ‖ IV ‖ CT with PBKDF2 keys), with IVs from a
/// seeded generator so fixtures are reproducible.
/// </summary>
internal sealed class FixtureCrypto
{
    private static readonly byte[] Salt = Convert.FromHexString("BFEB1E56FBCD973BB219022430A57843003D5644D21E62B9D4F180E7E6C33941");

    private readonly Random _ivs;

    public FixtureCrypto(int seed) => _ivs = new Random(seed);

    public string EncryptMd5(string key, string plain)
    {
        byte[] iv = NextIv();
        byte[] ct = Cbc(MD5.HashData(Encoding.UTF8.GetBytes(key)), iv, plain);
        return Convert.ToBase64String([.. iv, .. ct]);
    }

    /// <summary>1.3 (<paramref name="aesLength"/> 16) or 1.4 (32); <paramref name="breakMac"/> flips one MAC bit.</summary>
    public string EncryptHmac(string key, string plain, int aesLength, bool breakMac = false)
    {
        byte[] derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(key), Salt, 50_000, HashAlgorithmName.SHA1, aesLength + 64);
        byte[] iv = NextIv();
        byte[] body = [.. iv, .. Cbc(derived[..aesLength], iv, plain)];
        byte[] mac = HMACSHA256.HashData(derived[aesLength..], body);
        if (breakMac)
        {
            mac[5] ^= 0x40;
        }

        return Convert.ToBase64String([.. mac, .. body]);
    }

    /// <summary>Random bytes of blob shape that no key opens.</summary>
    public string RandomBlob(int length)
    {
        byte[] bytes = new byte[length];
        _ivs.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    private byte[] NextIv()
    {
        byte[] iv = new byte[16];
        _ivs.NextBytes(iv);
        return iv;
    }

    private static byte[] Cbc(byte[] key, byte[] iv, string plain)
    {
        using Aes aes = Aes.Create();
        aes.Key = key;
        return aes.EncryptCbc(Encoding.UTF8.GetBytes(plain), iv, PaddingMode.PKCS7);
    }
}
