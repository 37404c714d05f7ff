using System.Buffers.Binary;

namespace Semitori.Formats.DotNet;

/// <summary>
/// Decodes a method's CIL code into instructions, linearly from offset 0. Hostile code is normal
/// (obfuscators insert junk after unconditional branches, truncate bodies, or use undefined
/// opcodes): decoding stops at the first undefined opcode or truncated operand and reports it
/// through <see cref="IlDecodeResult.Complete"/>, never with an exception.
/// </summary>
public static class IlDecoder
{
    /// <summary>Instructions decoded per call; a .NET method body is at most a few MiB of code.</summary>
    public const int MaxInstructions = 1 << 18;

    /// <summary>Switch targets kept per <c>switch</c> (ConfuserEx control flow uses dozens, not thousands).</summary>
    public const int MaxSwitchTargets = 4096;

    /// <summary>Decodes <paramref name="code"/>; at most <paramref name="maxInstructions"/> (capped by <see cref="MaxInstructions"/>).</summary>
    public static IlDecodeResult Decode(ReadOnlySpan<byte> code, int maxInstructions = MaxInstructions)
    {
        int limit = Math.Clamp(maxInstructions, 0, MaxInstructions);
        var list = new List<IlInstruction>();
        int at = 0;
        while (at < code.Length)
        {
            if (list.Count >= limit)
            {
                return new IlDecodeResult(list, false, at, "instruction limit reached");
            }

            if (!TryDecodeOne(code, at, out IlInstruction? instruction, out string? problem))
            {
                return new IlDecodeResult(list, false, at, problem);
            }

            list.Add(instruction!);
            at += instruction!.Size;
        }

        return new IlDecodeResult(list, true, at, null);
    }

    /// <summary>Decodes the single instruction at <paramref name="offset"/>.</summary>
    public static bool TryDecodeOne(ReadOnlySpan<byte> code, int offset, out IlInstruction? instruction, out string? problem)
    {
        instruction = null;
        problem = null;
        if (offset < 0 || offset >= code.Length)
        {
            problem = "offset outside the code";
            return false;
        }

        int at = offset;
        ushort opCode = code[at++];
        if (opCode == IlOpCodes.TwoBytePrefix)
        {
            if (at >= code.Length)
            {
                problem = "two-byte opcode truncated";
                return false;
            }

            opCode = (ushort)(0xFE00 | code[at++]);
        }

        if (!IlOpCodes.TryDescribe(opCode, out _, out IlOperandKind kind))
        {
            problem = $"undefined opcode 0x{opCode:x2}";
            return false;
        }

        int size = IlOpCodes.OperandSize(kind);
        if (code.Length - at < size)
        {
            problem = "operand truncated";
            return false;
        }

        ReadOnlySpan<byte> operand = code.Slice(at, size);
        at += size;
        long value = kind switch
        {
            IlOperandKind.Int8 => (sbyte)operand[0],
            IlOperandKind.ShortVariable => operand[0],
            IlOperandKind.Variable => BinaryPrimitives.ReadUInt16LittleEndian(operand),
            IlOperandKind.Int32 => BinaryPrimitives.ReadInt32LittleEndian(operand),
            IlOperandKind.Float32 or IlOperandKind.Token => BinaryPrimitives.ReadUInt32LittleEndian(operand),
            IlOperandKind.Int64 or IlOperandKind.Float64 => BinaryPrimitives.ReadInt64LittleEndian(operand),
            IlOperandKind.Switch => BinaryPrimitives.ReadUInt32LittleEndian(operand),
            _ => 0,
        };

        IReadOnlyList<int>? targets = null;
        if (kind == IlOperandKind.Switch)
        {
            // The count is file-controlled: the table must fit in the remaining code before we size anything by it.
            if (value > (code.Length - at) / 4)
            {
                problem = "switch table truncated";
                return false;
            }

            int count = (int)value;
            int end = at + (count * 4);
            var list = new List<int>(Math.Min(count, MaxSwitchTargets));
            for (int i = 0; i < count && i < MaxSwitchTargets; i++)
            {
                list.Add(end + BinaryPrimitives.ReadInt32LittleEndian(code.Slice(at + (i * 4), 4)));
            }

            at = end;
            targets = list;
        }
        else if (kind == IlOperandKind.ShortBranch)
        {
            value = at + (sbyte)operand[0];
        }
        else if (kind == IlOperandKind.Branch)
        {
            value = at + (long)BinaryPrimitives.ReadInt32LittleEndian(operand);
        }

        instruction = new IlInstruction(offset, opCode, at - offset, kind, value, targets);
        return true;
    }
}
