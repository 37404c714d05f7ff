using System.Security.Cryptography;
using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Hash;

/// <summary>
/// The <c>hash</c> module: md5, sha1, sha256 (lowercase hex), checksum32 (byte sum) and crc32
/// over a file range or a string. A negative offset or length, or an offset outside the data,
/// is undefined as in libyara; a length past the end is clipped.
/// </summary>
public sealed class HashModule : IYaraModule
{
    public string Name => "hash";

    public YaraType Declaration { get; } = Struct(
        ("md5", Both(YaraType.String, d => Convert.ToHexStringLower(MD5.HashData(d)))),
        ("sha1", Both(YaraType.String, d => Convert.ToHexStringLower(SHA1.HashData(d)))),
        ("sha256", Both(YaraType.String, d => Convert.ToHexStringLower(SHA256.HashData(d)))),
        ("checksum32", Both(YaraType.Int, d => Checksum32(d))),
        ("crc32", Both(YaraType.Int, d => Crc32(d))));

    public object? Load(ModuleLoadContext context) => new Dictionary<string, object?>(StringComparer.Ordinal);

    private delegate object SpanFunc(ReadOnlySpan<byte> data);

    private static YaraType Both(YaraType returns, SpanFunc f) => YaraType.Function(
        Fn("ii", returns, (c, a) => Range(c.Data, Int(a[0]), Int(a[1])) is { } r ? f(r.Span) : null),
        Fn("s", returns, (_, a) => f(Bytes(a[0]))));

    /// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zlib's crc32.</summary>
    private static long Crc32(ReadOnlySpan<byte> data) => Semitori.Formats.Common.Crc32.Compute(data);

    private static long Checksum32(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        foreach (byte b in data)
        {
            sum += b;
        }

        return sum;
    }
}
