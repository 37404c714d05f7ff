using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Semitori.Formats.Evtx.BinXml;

/// <summary>Decodes substitution values of every scalar and array type except nested BinXml,
/// which needs the chunk and is handled by <see cref="BinXmlParser"/>.</summary>
internal static class ValueDecoder
{
    private static readonly DateTime FileTimeEpoch = new(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static EvtxValue Decode(EvtxValueType type, ReadOnlySpan<byte> data)
    {
        if ((type & EvtxValueType.ArrayFlag) != 0)
        {
            return DecodeArray(type & ~EvtxValueType.ArrayFlag, data);
        }

        return type switch
        {
            EvtxValueType.Null => EvtxValue.Null,
            EvtxValueType.String => new EvtxValue(type, Utf16Trimmed(data)),
            EvtxValueType.AnsiString => new EvtxValue(type, Latin1Trimmed(data)),
            EvtxValueType.Int8 when data.Length >= 1 => SmallValues.Signed(type, (sbyte)data[0]),
            EvtxValueType.UInt8 when data.Length >= 1 => SmallValues.Unsigned(type, data[0]),
            EvtxValueType.Int16 when data.Length >= 2 => SmallValues.Signed(type, BinaryPrimitives.ReadInt16LittleEndian(data)),
            EvtxValueType.UInt16 when data.Length >= 2 => SmallValues.Unsigned(type, BinaryPrimitives.ReadUInt16LittleEndian(data)),
            EvtxValueType.Int32 when data.Length >= 4 => SmallValues.Signed(type, BinaryPrimitives.ReadInt32LittleEndian(data)),
            EvtxValueType.UInt32 when data.Length >= 4 => SmallValues.Unsigned(type, BinaryPrimitives.ReadUInt32LittleEndian(data)),
            EvtxValueType.Int64 when data.Length >= 8 => SmallValues.Signed(type, BinaryPrimitives.ReadInt64LittleEndian(data)),
            EvtxValueType.UInt64 when data.Length >= 8 => SmallValues.Unsigned(type, BinaryPrimitives.ReadUInt64LittleEndian(data)),
            EvtxValueType.Real32 when data.Length >= 4 => new EvtxValue(type, (double)BinaryPrimitives.ReadSingleLittleEndian(data)),
            EvtxValueType.Real64 when data.Length >= 8 => new EvtxValue(type, BinaryPrimitives.ReadDoubleLittleEndian(data)),
            // Windows writes 0/1, but some producers write other non-zero values (the evtx
            // crate's irregular-bool sample); any non-zero is true, as in C.
            EvtxValueType.Bool when data.Length >= 4 => new EvtxValue(type, BinaryPrimitives.ReadInt32LittleEndian(data) != 0),
            EvtxValueType.Bool when data.Length >= 1 => new EvtxValue(type, data[0] != 0),
            EvtxValueType.Guid when data.Length >= 16 => new EvtxValue(type, FormatGuid(data)),
            EvtxValueType.SizeT when data.Length >= 8 => new EvtxValue(type, Hex(BinaryPrimitives.ReadUInt64LittleEndian(data))),
            EvtxValueType.SizeT when data.Length >= 4 => new EvtxValue(type, Hex(BinaryPrimitives.ReadUInt32LittleEndian(data))),
            EvtxValueType.FileTime when data.Length >= 8 => new EvtxValue(type, FormatFileTime(BinaryPrimitives.ReadUInt64LittleEndian(data))),
            EvtxValueType.SystemTime when data.Length >= 16 => new EvtxValue(type, FormatSystemTime(data)),
            EvtxValueType.Sid when data.Length >= 8 => new EvtxValue(type, FormatSid(data)),
            EvtxValueType.HexInt32 when data.Length >= 4 => new EvtxValue(type, Hex(BinaryPrimitives.ReadUInt32LittleEndian(data))),
            EvtxValueType.HexInt64 when data.Length >= 8 => new EvtxValue(type, Hex(BinaryPrimitives.ReadUInt64LittleEndian(data))),
            EvtxValueType.EvtXml => new EvtxValue(type, Utf16Trimmed(data)),
            _ => new EvtxValue(EvtxValueType.Binary, Convert.ToHexString(data)),
        };
    }

    /// <summary>Fixed width of a scalar type, or 0 when variable or unknown.</summary>
    public static int FixedSize(EvtxValueType type) => type switch
    {
        EvtxValueType.Int8 or EvtxValueType.UInt8 => 1,
        EvtxValueType.Int16 or EvtxValueType.UInt16 => 2,
        EvtxValueType.Int32 or EvtxValueType.UInt32 or EvtxValueType.Real32 or EvtxValueType.Bool or EvtxValueType.HexInt32 => 4,
        EvtxValueType.Int64 or EvtxValueType.UInt64 or EvtxValueType.Real64 or EvtxValueType.FileTime or EvtxValueType.HexInt64 => 8,
        EvtxValueType.Guid or EvtxValueType.SystemTime => 16,
        _ => 0,
    };

    public static string FormatFileTime(ulong ticks)
    {
        if (ticks > (ulong)(DateTime.MaxValue - FileTimeEpoch).Ticks)
        {
            return Hex(ticks);
        }

        return IsoTime.Format(FileTimeEpoch.AddTicks((long)ticks));
    }

    public static DateTime? ToDateTime(ulong ticks)
        => ticks > (ulong)(DateTime.MaxValue - FileTimeEpoch).Ticks ? null : FileTimeEpoch.AddTicks((long)ticks);

    private static EvtxValue DecodeArray(EvtxValueType itemType, ReadOnlySpan<byte> data)
    {
        var items = new List<EvtxValue>();
        if (itemType == EvtxValueType.String)
        {
            // String arrays are NUL-separated UTF-16 strings.
            string all = new(MemoryMarshal.Cast<byte, char>(data[..(data.Length & ~1)]));
            string[] parts = all.TrimEnd('\0').Split('\0');
            foreach (string part in parts.Take(EvtxLimits.MaxArrayItems))
            {
                items.Add(new EvtxValue(EvtxValueType.String, part));
            }
        }
        else
        {
            int size = itemType switch
            {
                EvtxValueType.Sid => 0,
                EvtxValueType.SizeT => 8,
                _ => FixedSize(itemType),
            };
            if (size == 0)
            {
                return new EvtxValue(EvtxValueType.Binary, Convert.ToHexString(data));
            }

            for (int i = 0; i + size <= data.Length && items.Count < EvtxLimits.MaxArrayItems; i += size)
            {
                items.Add(Decode(itemType, data.Slice(i, size)));
            }
        }

        return new EvtxValue(itemType | EvtxValueType.ArrayFlag, items.ToArray());
    }

    private static string Utf16Trimmed(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<char> chars = MemoryMarshal.Cast<byte, char>(data[..(data.Length & ~1)]);
        return new string(chars.TrimEnd('\0'));
    }

    private static string Latin1Trimmed(ReadOnlySpan<byte> data) => Encoding.Latin1.GetString(data).TrimEnd('\0');

    private static string Hex(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    // SigmaHQ's regression renderings use upper-case GUIDs without braces. Formatted in one pass:
    // every record carries its provider GUID, and ToString + ToUpperInvariant cost two strings.
    private static string FormatGuid(ReadOnlySpan<byte> data)
    {
        var guid = new Guid(data[..16]);
        return string.Create(36, guid, static (chars, g) =>
        {
            g.TryFormat(chars, out _, "D");
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] >= 'a')
                {
                    chars[i] = (char)(chars[i] - ('a' - 'A'));
                }
            }
        });
    }

    private static string FormatSystemTime(ReadOnlySpan<byte> d)
    {
        Span<int> f = stackalloc int[8];
        for (int i = 0; i < 8; i++)
        {
            f[i] = BinaryPrimitives.ReadUInt16LittleEndian(d[(i * 2)..]);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{f[0]:D4}-{f[1]:D2}-{f[3]:D2}T{f[4]:D2}:{f[5]:D2}:{f[6]:D2}.{f[7] * 1000:D6}Z");
    }

    private static string FormatSid(ReadOnlySpan<byte> data)
    {
        int count = Math.Min((int)data[1], (data.Length - 8) / 4);
        ulong authority = 0;
        for (int i = 2; i < 8; i++)
        {
            authority = (authority << 8) | data[i];
        }

        var builder = new StringBuilder();
        builder.Append("S-").Append(data[0]).Append('-').Append(authority);
        for (int i = 0; i < count; i++)
        {
            builder.Append('-').Append(BinaryPrimitives.ReadUInt32LittleEndian(data[(8 + (i * 4))..]));
        }

        return builder.ToString();
    }
}
