namespace Semitori.Yara.Patterns;

/// <summary>
/// A compiled pattern: parallel arrays (opcode, two operands) and the byte-set table, 4 ulongs
/// per set. Immutable once built; shared by all threads.
/// </summary>
internal sealed class VmProgram(OpCode[] ops, int[] a, int[] b, ulong[] sets, bool wide)
{
    public OpCode[] Ops { get; } = ops;

    public int[] A { get; } = a;

    public int[] B { get; } = b;

    public ulong[] Sets { get; } = sets;

    /// <summary>Word boundaries look at 2-byte (UTF-16LE ASCII) characters.</summary>
    public bool Wide { get; } = wide;

    public int Length => Ops.Length;
}
