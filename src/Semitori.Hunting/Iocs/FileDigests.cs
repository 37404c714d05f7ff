using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Semitori.Hunting.Analysis;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// The MD5/SHA-1/SHA-256 of one file, each computed at most once and only when asked: the hash
/// analyzer and the trusted-hash check of the other IOC analyzers share one instance per
/// <see cref="FileSubject"/> (a weak table, so nothing outlives the subject).
/// </summary>
public sealed class FileDigests
{
    private static readonly ConditionalWeakTable<FileSubject, FileDigests> Cache = [];

    private readonly ReadOnlyMemory<byte> _data;
    private readonly Lazy<string> _md5;
    private readonly Lazy<string> _sha1;
    private readonly Lazy<string> _sha256;

    private FileDigests(ReadOnlyMemory<byte> data)
    {
        _data = data;
        _md5 = new Lazy<string>(() => Convert.ToHexStringLower(MD5.HashData(_data.Span)));
        _sha1 = new Lazy<string>(() => Convert.ToHexStringLower(SHA1.HashData(_data.Span)));
        _sha256 = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(_data.Span)));
    }

    public static FileDigests For(FileSubject file) => Cache.GetValue(file, f => new FileDigests(f.Data));

    /// <summary>Lower-case hex digest of the given kind, computed on first request.</summary>
    public string Get(HashKind kind) => kind switch
    {
        HashKind.Md5 => _md5.Value,
        HashKind.Sha1 => _sha1.Value,
        _ => _sha256.Value,
    };

    /// <summary>How many digests have been computed so far (tests check that unneeded ones are not).</summary>
    public int ComputedCount => (_md5.IsValueCreated ? 1 : 0) + (_sha1.IsValueCreated ? 1 : 0) + (_sha256.IsValueCreated ? 1 : 0);
}
