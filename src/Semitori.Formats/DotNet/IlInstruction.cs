namespace Semitori.Formats.DotNet;

/// <summary>
/// One decoded CIL instruction. <paramref name="OpCode"/> is the one-byte value, or 0xFE00 | second
/// byte for the two-byte forms; <paramref name="Operand"/> holds the inline operand widened to
/// 64 bits (a token, a constant, an absolute branch target or a switch target count).
/// </summary>
/// <param name="Offset">Offset of the opcode within the method's code.</param>
/// <param name="OpCode">The opcode value (see <see cref="IlOpCodes"/>).</param>
/// <param name="Size">Bytes taken by the opcode and its operand.</param>
/// <param name="OperandKind">What the operand is.</param>
/// <param name="Operand">The operand value; 0 when there is none.</param>
/// <param name="SwitchTargets">Absolute targets of a <c>switch</c>, otherwise null.</param>
public sealed record IlInstruction(int Offset, ushort OpCode, int Size, IlOperandKind OperandKind, long Operand, IReadOnlyList<int>? SwitchTargets = null)
{
    /// <summary>The mnemonic, e.g. <c>ldstr</c>.</summary>
    public string Mnemonic => IlOpCodes.Mnemonic(OpCode);

    /// <summary>The operand as a metadata token (meaningful when <see cref="OperandKind"/> is <see cref="IlOperandKind.Token"/>).</summary>
    public uint Token => (uint)Operand;

    /// <summary>The table byte of a token operand (0x70 for a user string, 0x04 for a field…).</summary>
    public byte TokenTable => (byte)(Token >> 24);

    /// <summary>The row (or #US offset) of a token operand.</summary>
    public uint TokenRid => Token & 0x00FFFFFF;

    /// <summary>
    /// The 32-bit constant an <c>ldc.i4</c> family instruction pushes (the short forms included), or
    /// null for any other opcode.
    /// </summary>
    public int? Int32Constant => OpCode switch
    {
        IlOpCodes.LdcI4M1 => -1,
        >= IlOpCodes.LdcI40 and <= IlOpCodes.LdcI48 => OpCode - IlOpCodes.LdcI40,
        IlOpCodes.LdcI4S or IlOpCodes.LdcI4 => (int)Operand,
        _ => null,
    };

    public override string ToString() => OperandKind switch
    {
        IlOperandKind.None => $"IL_{Offset:x4}: {Mnemonic}",
        IlOperandKind.Token => $"IL_{Offset:x4}: {Mnemonic} 0x{Token:x8}",
        IlOperandKind.ShortBranch or IlOperandKind.Branch => $"IL_{Offset:x4}: {Mnemonic} IL_{Operand:x4}",
        _ => $"IL_{Offset:x4}: {Mnemonic} {Operand}",
    };
}
