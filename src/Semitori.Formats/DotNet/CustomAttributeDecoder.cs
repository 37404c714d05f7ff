namespace Semitori.Formats.DotNet;

/// <summary>
/// Decodes a custom attribute's fixed arguments (ECMA-335 II.23.3) from the constructor's method
/// signature and the value blob. Enum parameters are read as int32, the common underlying type,
/// since resolving an enum's real type may need another assembly.
/// </summary>
internal static class CustomAttributeDecoder
{
    private const byte Void = 0x01, Boolean = 0x02, Char = 0x03, I1 = 0x04, U1 = 0x05, I2 = 0x06, U2 = 0x07, I4 = 0x08, U4 = 0x09,
        I8 = 0x0A, U8 = 0x0B, R4 = 0x0C, R8 = 0x0D, String = 0x0E, ValueType = 0x11, Class = 0x12, SzArray = 0x1D,
        Object = 0x1C, CModReqd = 0x1F, CModOpt = 0x20, Boxed = 0x51, Enum = 0x55, TypeTag = 0x50;

    public static IReadOnlyList<CustomAttributeArgument> Decode(ReadOnlySpan<byte> constructorSignature, ReadOnlySpan<byte> value, out string? error)
    {
        var arguments = new List<CustomAttributeArgument>();
        var sig = new BlobReader(constructorSignature);
        var blob = new BlobReader(value);
        if (!sig.TryByte(out byte callingConvention))
        {
            error = "empty constructor signature";
            return arguments;
        }

        if ((callingConvention & 0x10) != 0 && !sig.TryCompressed(out _))
        {
            error = "bad generic parameter count";
            return arguments;
        }

        if (!sig.TryCompressed(out uint count) || !SkipModifiers(ref sig) || !sig.TryByte(out byte ret) || ret != Void)
        {
            error = "constructor signature is not 'void (…)'";
            return arguments;
        }

        if (!blob.TryU16(out ushort prolog) || prolog != 1)
        {
            error = "custom attribute blob without the 0x0001 prolog";
            return arguments;
        }

        for (uint i = 0; i < count && arguments.Count < DotNetLimits.MaxCustomAttributeArguments; i++)
        {
            if (!SkipModifiers(ref sig) || !sig.TryByte(out byte type) || !TryReadParameter(ref sig, ref blob, type, 0, out CustomAttributeArgument? argument))
            {
                error = $"argument {i} could not be decoded";
                return arguments;
            }

            arguments.Add(argument!);
        }

        error = null;
        return arguments;
    }

    private static bool SkipModifiers(ref BlobReader sig)
    {
        while (sig.TryPeek(out byte b) && b is CModReqd or CModOpt)
        {
            sig.TryByte(out _);
            if (!sig.TryCompressed(out _))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadParameter(ref BlobReader sig, ref BlobReader blob, byte type, int depth, out CustomAttributeArgument? argument)
    {
        argument = null;
        switch (type)
        {
            case ValueType:
                // An enum parameter: the blob holds its underlying value, almost always int32.
                return sig.TryCompressed(out _) && TryReadElement(ref blob, I4, "enum", out argument);
            case Class:
                // System.Type is the only class allowed besides string/object: stored as a SerString.
                return sig.TryCompressed(out _) && TryReadElement(ref blob, String, "type", out argument);
            case Object:
                return TryReadBoxed(ref blob, depth, out argument);
            case SzArray:
                if (depth > 0 || !sig.TryByte(out byte element))
                {
                    return false;
                }

                // Keep a cursor at the element's type token (enum/Type elements) for every element.
                BlobReader elementSig = sig;
                if ((element is ValueType or Class && !sig.TryCompressed(out _)) || !blob.TryU32(out uint length))
                {
                    return false;
                }

                if (length == uint.MaxValue)
                {
                    argument = new CustomAttributeArgument("array", null);
                    return true;
                }

                var items = new List<CustomAttributeArgument>();
                for (uint i = 0; i < length; i++)
                {
                    if (items.Count >= DotNetLimits.MaxCustomAttributeArguments || blob.Remaining == 0)
                    {
                        return false;
                    }

                    BlobReader itemSig = elementSig;
                    if (!TryReadParameter(ref itemSig, ref blob, element, depth + 1, out CustomAttributeArgument? item))
                    {
                        return false;
                    }

                    items.Add(item!);
                }

                argument = new CustomAttributeArgument("array", items);
                return true;
            default:
                return TryReadElement(ref blob, type, null, out argument);
        }
    }

    private static bool TryReadBoxed(ref BlobReader blob, int depth, out CustomAttributeArgument? argument)
    {
        argument = null;
        if (!blob.TryByte(out byte tag))
        {
            return false;
        }

        if (tag == Enum)
        {
            return blob.TrySerString(out _) && TryReadElement(ref blob, I4, "enum", out argument);
        }

        if (tag == TypeTag)
        {
            return TryReadElement(ref blob, String, "type", out argument);
        }

        if (tag == SzArray)
        {
            return depth == 0 && TryReadBoxedArray(ref blob, out argument);
        }

        // Boxed values may be array elements (params object[]), hence depth 1.
        return tag != Boxed && depth <= 1 && TryReadElement(ref blob, tag, null, out argument);
    }

    /// <summary>A boxed single-dimensional array: element tag (enum tags carry a type name), u32 count, elements.</summary>
    private static bool TryReadBoxedArray(ref BlobReader blob, out CustomAttributeArgument? argument)
    {
        argument = null;
        if (!blob.TryByte(out byte element) || (element == Enum && !blob.TrySerString(out _)) || !blob.TryU32(out uint length))
        {
            return false;
        }

        if (length == uint.MaxValue)
        {
            argument = new CustomAttributeArgument("array", null);
            return true;
        }

        var items = new List<CustomAttributeArgument>();
        for (uint i = 0; i < length; i++)
        {
            CustomAttributeArgument? item;
            bool ok = element switch
            {
                Boxed => TryReadBoxed(ref blob, 1, out item),
                Enum => TryReadElement(ref blob, I4, "enum", out item),
                TypeTag => TryReadElement(ref blob, String, "type", out item),
                _ => TryReadElement(ref blob, element, null, out item),
            };
            if (!ok || items.Count >= DotNetLimits.MaxCustomAttributeArguments)
            {
                return false;
            }

            items.Add(item!);
        }

        argument = new CustomAttributeArgument("array", items);
        return true;
    }

    private static bool TryReadElement(ref BlobReader blob, byte type, string? label, out CustomAttributeArgument? argument)
    {
        argument = null;
        object? value;
        bool ok;
        switch (type)
        {
            case Boolean: ok = blob.TryByte(out byte b); value = b != 0; break;
            case Char: ok = blob.TryU16(out ushort c); value = (char)c; break;
            case I1: ok = blob.TryByte(out byte i1); value = (sbyte)i1; break;
            case U1: ok = blob.TryByte(out byte u1); value = u1; break;
            case I2: ok = blob.TryU16(out ushort i2); value = (short)i2; break;
            case U2: ok = blob.TryU16(out ushort u2); value = u2; break;
            case I4: ok = blob.TryU32(out uint i4); value = (int)i4; break;
            case U4: ok = blob.TryU32(out uint u4); value = u4; break;
            case I8: ok = blob.TryU64(out ulong i8); value = (long)i8; break;
            case U8: ok = blob.TryU64(out ulong u8); value = u8; break;
            case R4: ok = blob.TryU32(out uint r4); value = BitConverter.UInt32BitsToSingle(r4); break;
            case R8: ok = blob.TryU64(out ulong r8); value = BitConverter.UInt64BitsToDouble(r8); break;
            case String: ok = blob.TrySerString(out string? s); value = s; break;
            default: return false;
        }

        if (ok)
        {
            argument = new CustomAttributeArgument(label ?? TypeName(type), value);
        }

        return ok;
    }

    private static string TypeName(byte type) => type switch
    {
        Boolean => "bool", Char => "char", I1 => "sbyte", U1 => "byte", I2 => "short", U2 => "ushort", I4 => "int",
        U4 => "uint", I8 => "long", U8 => "ulong", R4 => "float", R8 => "double", String => "string", _ => $"0x{type:X2}",
    };
}
