namespace Semitori.Formats.DotNet;

/// <summary>The inline operand that follows a CIL opcode (ECMA-335 III.1.9, Partition VI annex C).</summary>
public enum IlOperandKind
{
    /// <summary>No operand.</summary>
    None = 0,

    /// <summary>A signed 8-bit integer (<c>ldc.i4.s</c>, <c>unaligned.</c>, <c>no.</c>).</summary>
    Int8 = 1,

    /// <summary>A signed 32-bit integer (<c>ldc.i4</c>).</summary>
    Int32 = 2,

    /// <summary>A signed 64-bit integer (<c>ldc.i8</c>).</summary>
    Int64 = 3,

    /// <summary>A 32-bit float; the operand holds its raw bits.</summary>
    Float32 = 4,

    /// <summary>A 64-bit float; the operand holds its raw bits.</summary>
    Float64 = 5,

    /// <summary>A 32-bit metadata token (table in the high byte, RID below; 0x70 for a #US offset).</summary>
    Token = 6,

    /// <summary>A signed 8-bit branch displacement; the operand is the absolute target offset.</summary>
    ShortBranch = 7,

    /// <summary>A signed 32-bit branch displacement; the operand is the absolute target offset.</summary>
    Branch = 8,

    /// <summary>A <c>switch</c> table; the operand is the target count, targets are in <see cref="IlInstruction.SwitchTargets"/>.</summary>
    Switch = 9,

    /// <summary>An unsigned 8-bit argument or local index.</summary>
    ShortVariable = 10,

    /// <summary>An unsigned 16-bit argument or local index.</summary>
    Variable = 11,
}
