using System.Text;

namespace Semitori.Formats.DotNet;

/// <summary>
/// Renders ECMA-335 type signatures (II.23.2.12) as C#-like names — <c>int</c>, <c>string[]</c>,
/// <c>System.Collections.Generic.List&lt;T&gt;</c>, <c>ref int</c> — for method return and
/// parameter types. Recursion through TypeSpecs and nested generics is capped at
/// <see cref="MaxDepth"/>, so self-referencing specs end; an undecodable type renders as null.
/// </summary>
internal sealed class SignatureTypeFormatter(MetadataTables tables, MetadataHeaps heaps, TypeNameResolver names)
{
    private const int MaxDepth = 16;
    private const int MaxGenericArguments = 64;

    // TypeSpecs can reference TypeSpecs, each with up to 64 generic arguments: without a budget a
    // few crafted blobs expand exponentially. Every decoded node spends one unit.
    private const int MaxNodesPerSignature = 4096;

    private int _budget = MaxNodesPerSignature;

    /// <summary>Generic parameter names of the current type and method, for VAR/MVAR.</summary>
    public IReadOnlyList<string> TypeGenerics { get; set; } = [];

    public IReadOnlyList<string> MethodGenerics { get; set; } = [];

    /// <summary>Decodes a MethodDefSig into return and parameter types; false when the blob is malformed.</summary>
    public bool TryMethod(ReadOnlySpan<byte> signature, out string? returnType, out List<string?> parameters)
    {
        _budget = MaxNodesPerSignature;
        returnType = null;
        parameters = [];
        var reader = new BlobReader(signature);
        if (!reader.TryByte(out byte convention) || ((convention & 0x10) != 0 && !reader.TryCompressed(out _)) || !reader.TryCompressed(out uint count))
        {
            return false;
        }

        returnType = Type(ref reader, 0);
        for (uint i = 0; i < count && i < 1024 && reader.Remaining > 0; i++)
        {
            parameters.Add(Type(ref reader, 0));
        }

        return returnType is not null;
    }

    public string? Type(ref BlobReader r, int depth)
    {
        if (depth > MaxDepth || --_budget < 0 || !r.TryByte(out byte e))
        {
            return null;
        }

        switch (e)
        {
            case 0x01: return "void";
            case 0x02: return "bool";
            case 0x03: return "char";
            case 0x04: return "sbyte";
            case 0x05: return "byte";
            case 0x06: return "short";
            case 0x07: return "ushort";
            case 0x08: return "int";
            case 0x09: return "uint";
            case 0x0A: return "long";
            case 0x0B: return "ulong";
            case 0x0C: return "float";
            case 0x0D: return "double";
            case 0x0E: return "string";
            case 0x16: return "TypedReference";
            case 0x18: return "IntPtr";
            case 0x19: return "UIntPtr";
            case 0x1C: return "object";
            case 0x0F: return Type(ref r, depth + 1) is { } p ? $"Ptr<{p}>" : null;
            case 0x10: return Type(ref r, depth + 1) is { } b ? "ref " + b : null;
            case 0x1D: return Type(ref r, depth + 1) is { } a ? a + "[]" : null;
            case 0x45: return Type(ref r, depth + 1);
            case 0x1F or 0x20: return r.TryCompressed(out _) ? Type(ref r, depth + 1) : null;
            case 0x11 or 0x12: return r.TryCompressed(out uint token) ? TypeDefOrRefName(token, depth) : null;
            case 0x13: return r.TryCompressed(out uint tv) && tv < TypeGenerics.Count ? TypeGenerics[(int)tv] : null;
            case 0x1E: return r.TryCompressed(out uint mv) && mv < MethodGenerics.Count ? MethodGenerics[(int)mv] : null;
            case 0x1B: return FunctionPointer(ref r, depth);
            case 0x14: return Array(ref r, depth);
            case 0x15: return GenericInstance(ref r, depth);
            default: return null;
        }
    }

    /// <summary>ARRAY: element, rank, sizes, lower bounds; rendered as libyara does (<c>int[0...4,]</c>).</summary>
    private string? Array(ref BlobReader r, int depth)
    {
        string? element = Type(ref r, depth + 1);
        if (element is null || !r.TryCompressed(out uint rank) || rank > 32 || !r.TryCompressed(out uint sizeCount) || sizeCount > rank)
        {
            return null;
        }

        var sizes = new long[sizeCount];
        for (int i = 0; i < sizeCount; i++)
        {
            if (!r.TryCompressed(out uint size))
            {
                return null;
            }

            sizes[i] = size;
        }

        if (!r.TryCompressed(out uint boundCount) || boundCount > rank)
        {
            return null;
        }

        var bounds = new long[boundCount];
        for (int i = 0; i < boundCount; i++)
        {
            if (!TrySigned(ref r, out bounds[i]))
            {
                return null;
            }

            if (i < sizes.Length && bounds[i] != 0)
            {
                sizes[i] += bounds[i] - 1;
            }
        }

        var text = new StringBuilder(element).Append('[');
        for (int i = 0; i < rank; i++)
        {
            if (i < bounds.Length && bounds[i] != 0)
            {
                text.Append(bounds[i]).Append("...");
            }

            if (i < sizes.Length)
            {
                text.Append(sizes[i]);
            }

            if (i + 1 != rank)
            {
                text.Append(',');
            }
        }

        return text.Append(']').ToString();
    }

    /// <summary>ECMA-335 II.23.2 compressed signed integer: rotated so the sign is the lowest bit.</summary>
    private static bool TrySigned(ref BlobReader r, out long value)
    {
        value = 0;
        int before = r.Position;
        if (!r.TryCompressed(out uint raw))
        {
            return false;
        }

        int bits = (r.Position - before) switch { 1 => 7, 2 => 14, _ => 29 };
        value = (raw & 1) == 0 ? raw >> 1 : (long)(raw >> 1) - (1L << (bits - 1));
        return true;
    }

    private string? GenericInstance(ref BlobReader r, int depth)
    {
        if (!r.TryByte(out byte kind) || kind is not (0x11 or 0x12) || !r.TryCompressed(out uint token) || !r.TryCompressed(out uint count) || count > MaxGenericArguments)
        {
            return null;
        }

        string? name = TypeDefOrRefName(token, depth);
        var text = new StringBuilder(name ?? "?").Append('<');
        for (uint i = 0; i < count; i++)
        {
            text.Append(i > 0 ? "," : string.Empty).Append(Type(ref r, depth + 1) ?? "?");
        }

        return text.Append('>').ToString();
    }

    /// <summary>FNPTR: a method signature, rendered <c>FnPtr&lt;int(string, bool)&gt;</c>.</summary>
    private string? FunctionPointer(ref BlobReader r, int depth)
    {
        if (!r.TryByte(out byte convention) || ((convention & 0x10) != 0 && !r.TryCompressed(out _)) || !r.TryCompressed(out uint count) || count > 1024)
        {
            return null;
        }

        string? returnType = Type(ref r, depth + 1);
        var text = new StringBuilder("FnPtr<").Append(returnType).Append('(');
        for (uint i = 0; i < count; i++)
        {
            string? parameter = Type(ref r, depth + 1);
            if (parameter is null)
            {
                return null;
            }

            text.Append(i > 0 ? ", " : string.Empty).Append(parameter);
        }

        return returnType is null ? null : text.Append(")>").ToString();
    }

    /// <summary>A base-type or interface token as a full type name, with a fresh budget.</summary>
    public string? TopLevelTypeName(uint coded)
    {
        _budget = MaxNodesPerSignature;
        return TypeDefOrRefName(coded, 0);
    }

    /// <summary>A TypeDefOrRefOrSpec coded token (II.23.2.8) as a full type name.</summary>
    public string? TypeDefOrRefName(uint coded, int depth)
    {
        (MetadataTable? table, uint rid) = MetadataTables.DecodeCoded((int)TableSchema.Coded.TypeDefOrRef, coded);
        switch (table)
        {
            case MetadataTable.TypeDef:
                return names.TypeDefFullName(rid);
            case MetadataTable.TypeRef:
                return names.TypeRefFullName(rid);
            case MetadataTable.TypeSpec when depth < MaxDepth && tables.RowFits(MetadataTable.TypeSpec, rid):
                var spec = new BlobReader(heaps.GetBlob(tables.Get(MetadataTable.TypeSpec, rid, 0)).Span);
                return Type(ref spec, depth + 1);
            default:
                return null;
        }
    }
}
