using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Semitori.Intel.Export;

/// <summary>
/// Name-based UUIDs (RFC 4122 version 5, SHA-1) for STIX ids. The namespace and the hashed name follow the
/// OpenCTI (pycti) convention — the STIX SCO namespace over the canonical JSON (RFC 8785) of a few
/// contributing properties — so our bundles merge with OpenCTI data instead of duplicating it. The bytes
/// are written big-endian on purpose: Guid.ToByteArray() is mixed-endian and gives wrong v5 ids.
/// </summary>
public static class DeterministicId
{
    /// <summary>The STIX 2.1 namespace for deterministic identifiers (cti-python-stix2 SCO_DET_ID_NAMESPACE).</summary>
    public static readonly Guid StixNamespace = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    private static readonly JsonSerializerOptions CanonicalStrings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Guid Uuid5(Guid ns, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        ns.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        Span<byte> uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(uuid, bigEndian: true);
    }

    /// <summary>
    /// RFC 8785 canonical JSON for a flat object of string values: keys sorted by UTF-16 code units, no
    /// white space, only the escapes JSON requires.
    /// </summary>
    public static string Canonical(IReadOnlyDictionary<string, string> properties)
    {
        var builder = new StringBuilder("{");
        foreach (KeyValuePair<string, string> pair in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(JsonSerializer.Serialize(pair.Key, CanonicalStrings)).Append(':').Append(JsonSerializer.Serialize(pair.Value, CanonicalStrings));
        }

        return builder.Append('}').ToString();
    }

    /// <summary>A STIX id "type--uuid5(namespace, canonical(properties))".</summary>
    public static string Stix(string type, IReadOnlyDictionary<string, string> properties) =>
        $"{type}--{Uuid5(StixNamespace, Canonical(properties))}";

    /// <summary>OpenCTI's convention for named objects: the lower-cased, trimmed name.</summary>
    public static string ForName(string type, string name) =>
        Stix(type, new Dictionary<string, string> { ["name"] = name.Trim().ToLowerInvariant() });
}
