namespace Semitori.Formats.Pe.Authenticode;

/// <summary>What the parser keeps of one PKCS#7 SignerInfo.</summary>
internal sealed class SignerInfoData
{
    public byte[] IssuerDer { get; set; } = [];
    public byte[] Serial { get; set; } = [];
    public string DigestAlgorithmOid { get; set; } = string.Empty;
    public byte[]? SignedAttributes { get; set; }
    public string SignatureAlgorithmOid { get; set; } = string.Empty;
    public byte[] Signature { get; set; } = [];
    public byte[]? MessageDigest { get; set; }
    public string? ProgramName { get; set; }
    public DateTimeOffset? SigningTime { get; set; }
    public List<(string Oid, ReadOnlyMemory<byte> Value)> UnsignedAttributes { get; } = [];
}
