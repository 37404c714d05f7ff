using System.Buffers.Binary;
using Semitori.Formats.Pe;

namespace Semitori.Formats.DotNet;

/// <summary>
/// Reads method body headers and code through the PE's RVA mapping. Tiny and fat headers are
/// supported; extra sections (exception clauses) are flagged, not parsed. A bad body yields false
/// and a reason, never an exception: obfuscators point RVAs at junk on purpose.
/// </summary>
public static class MethodBodyReader
{
    /// <summary>Code bytes kept per body. Real methods stay far below; a forged size cannot make us copy more.</summary>
    public const int MaxCodeSize = 1 << 24;

    private const byte TinyFormat = 0x2;
    private const byte FatFormat = 0x3;
    private const int FatHeaderSize = 12;

    /// <summary>
    /// Reads the body at <paramref name="rva"/>. An RVA of 0 (abstract, extern, runtime-implemented
    /// methods) is not an error but has no body: false with a reason.
    /// </summary>
    public static bool TryRead(PeFile pe, uint rva, out DotNetMethodBody? body, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(pe);
        body = null;
        problem = null;
        if (rva == 0)
        {
            problem = "method has no body (RVA 0)";
            return false;
        }

        if (!pe.TryRvaToOffset(rva, out long header) || header < 0 || header >= pe.Length)
        {
            problem = $"body RVA 0x{rva:x} maps to no file byte";
            return false;
        }

        ReadOnlySpan<byte> data = pe.Data.Span;
        byte first = data[(int)header];
        long codeOffset;
        uint codeSize;
        ushort maxStack = 8;
        uint localsToken = 0;
        bool initLocals = false;
        bool moreSections = false;
        bool fat = (first & 0x3) == FatFormat;
        if ((first & 0x3) == TinyFormat)
        {
            codeOffset = header + 1;
            codeSize = (uint)(first >> 2);
        }
        else if (fat)
        {
            if (pe.Length - header < FatHeaderSize)
            {
                problem = "fat header truncated";
                return false;
            }

            ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice((int)header, 2));
            int headerDwords = flags >> 12;
            if (headerDwords < 3)
            {
                problem = $"fat header declares {headerDwords} dwords (3 required)";
                return false;
            }

            maxStack = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice((int)header + 2, 2));
            codeSize = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice((int)header + 4, 4));
            localsToken = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice((int)header + 8, 4));
            moreSections = (flags & 0x8) != 0;
            initLocals = (flags & 0x10) != 0;
            codeOffset = header + (headerDwords * 4L);
        }
        else
        {
            problem = $"unknown body header format 0x{first:x2}";
            return false;
        }

        long available = Math.Max(0, pe.Length - codeOffset);
        long kept = Math.Min(Math.Min(codeSize, available), MaxCodeSize);
        bool truncated = kept < codeSize;
        ReadOnlyMemory<byte> code = kept > 0 ? pe.Data.Slice((int)codeOffset, (int)kept) : ReadOnlyMemory<byte>.Empty;
        body = new DotNetMethodBody(rva, header, codeOffset, fat, maxStack, codeSize, localsToken, initLocals, moreSections, code, truncated);
        if (truncated)
        {
            problem = $"code declared as {codeSize} bytes, {kept} present";
        }

        return true;
    }
}
