using System.Security.Cryptography;

namespace Semitori.Formats.Pe;

/// <summary>
/// The undocumented Microsoft linker "Rich" header in the DOS stub: from the XOR-masked "DanS"
/// up to (not including) "Rich", as libyara's <c>rich_signature</c> exposes it.
/// </summary>
public sealed class RichHeader
{
    /// <summary>File offset of the masked "DanS".</summary>
    public long Offset { get; init; }

    /// <summary>Bytes from "DanS" to "Rich".</summary>
    public int Length { get; init; }

    /// <summary>The XOR key (the dword after "Rich").</summary>
    public uint Key { get; init; }

    /// <summary>The bytes as stored (masked).</summary>
    public required byte[] RawData { get; init; }

    /// <summary>The bytes unmasked ("DanS", three zero dwords, then the records).</summary>
    public required byte[] ClearData { get; init; }

    /// <summary>Every record's id/version dword, concatenated (libyara <c>version_data</c>).</summary>
    public required byte[] VersionData { get; init; }

    public required IReadOnlyList<RichEntry> Entries { get; init; }

    /// <summary>MD5 of <see cref="ClearData"/>, lowercase hex: the usual "Rich header hash" for clustering builds.</summary>
    public string Hash => Convert.ToHexStringLower(MD5.HashData(ClearData));
}
