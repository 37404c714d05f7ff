namespace Semitori.Formats.DotNet;

/// <summary>
/// A CustomAttribute row with the attribute type's name and its decoded fixed arguments, e.g.
/// ConfuserEx's watermark <c>ConfusedByAttribute("ConfuserEx v1.0.0")</c>. When decoding fails,
/// <see cref="DecodeError"/> says why and <see cref="Blob"/> keeps the raw value.
/// </summary>
public sealed record DotNetCustomAttribute(
    MetadataTable? ParentTable,
    uint ParentRid,
    string? TypeNamespace,
    string? TypeName,
    IReadOnlyList<CustomAttributeArgument> FixedArguments,
    ReadOnlyMemory<byte> Blob,
    string? DecodeError)
{
    public string FullTypeName => string.IsNullOrEmpty(TypeNamespace) ? TypeName ?? string.Empty : $"{TypeNamespace}.{TypeName}";
}
