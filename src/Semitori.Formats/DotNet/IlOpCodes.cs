namespace Semitori.Formats.DotNet;

/// <summary>
/// CIL opcode values, mnemonics and operand kinds (ECMA-335 Partition III). Constants cover the
/// opcodes analyzers match on; <see cref="TryDescribe"/> knows every defined opcode, so a decoder
/// can size any instruction. Two-byte opcodes are written 0xFE00 | second byte.
/// </summary>
public static class IlOpCodes
{
    public const ushort Nop = 0x00;
    public const ushort Ldnull = 0x14;
    public const ushort LdcI4M1 = 0x15;
    public const ushort LdcI40 = 0x16;
    public const ushort LdcI41 = 0x17;
    public const ushort LdcI48 = 0x1E;
    public const ushort LdcI4S = 0x1F;
    public const ushort LdcI4 = 0x20;
    public const ushort LdcI8 = 0x21;
    public const ushort Dup = 0x25;
    public const ushort Pop = 0x26;
    public const ushort Call = 0x28;
    public const ushort Ret = 0x2A;
    public const ushort Switch = 0x45;
    public const ushort Callvirt = 0x6F;
    public const ushort Ldstr = 0x72;
    public const ushort Newobj = 0x73;
    public const ushort Ldsfld = 0x7E;
    public const ushort Stsfld = 0x80;
    public const ushort Newarr = 0x8D;
    public const ushort Ldtoken = 0xD0;

    /// <summary>The first byte of every two-byte opcode.</summary>
    public const byte TwoBytePrefix = 0xFE;

    private static readonly string?[] OneByteNames = new string?[256];
    private static readonly IlOperandKind[] OneByteKinds = new IlOperandKind[256];
    private static readonly string?[] TwoByteNames = new string?[0x1F];
    private static readonly IlOperandKind[] TwoByteKinds = new IlOperandKind[0x1F];

    static IlOpCodes()
    {
        const IlOperandKind N = IlOperandKind.None, I1 = IlOperandKind.Int8, I4 = IlOperandKind.Int32, T = IlOperandKind.Token,
            B1 = IlOperandKind.ShortBranch, B4 = IlOperandKind.Branch, V1 = IlOperandKind.ShortVariable, V2 = IlOperandKind.Variable;
        void One(int first, IlOperandKind kind, params string[] names)
        {
            for (int i = 0; i < names.Length; i++)
            {
                OneByteNames[first + i] = names[i];
                OneByteKinds[first + i] = kind;
            }
        }

        void Two(int first, IlOperandKind kind, params string[] names)
        {
            for (int i = 0; i < names.Length; i++)
            {
                TwoByteNames[first + i] = names[i];
                TwoByteKinds[first + i] = kind;
            }
        }

        One(0x00, N, "nop", "break", "ldarg.0", "ldarg.1", "ldarg.2", "ldarg.3", "ldloc.0", "ldloc.1", "ldloc.2", "ldloc.3",
            "stloc.0", "stloc.1", "stloc.2", "stloc.3");
        One(0x0E, V1, "ldarg.s", "ldarga.s", "starg.s", "ldloc.s", "ldloca.s", "stloc.s");
        One(0x14, N, "ldnull", "ldc.i4.m1", "ldc.i4.0", "ldc.i4.1", "ldc.i4.2", "ldc.i4.3", "ldc.i4.4", "ldc.i4.5", "ldc.i4.6",
            "ldc.i4.7", "ldc.i4.8");
        One(0x1F, I1, "ldc.i4.s");
        One(0x20, I4, "ldc.i4");
        One(0x21, IlOperandKind.Int64, "ldc.i8");
        One(0x22, IlOperandKind.Float32, "ldc.r4");
        One(0x23, IlOperandKind.Float64, "ldc.r8");
        One(0x25, N, "dup", "pop");
        One(0x27, T, "jmp", "call", "calli");
        One(0x2A, N, "ret");
        One(0x2B, B1, "br.s", "brfalse.s", "brtrue.s", "beq.s", "bge.s", "bgt.s", "ble.s", "blt.s", "bne.un.s", "bge.un.s",
            "bgt.un.s", "ble.un.s", "blt.un.s");
        One(0x38, B4, "br", "brfalse", "brtrue", "beq", "bge", "bgt", "ble", "blt", "bne.un", "bge.un", "bgt.un", "ble.un", "blt.un");
        One(0x45, IlOperandKind.Switch, "switch");
        One(0x46, N, "ldind.i1", "ldind.u1", "ldind.i2", "ldind.u2", "ldind.i4", "ldind.u4", "ldind.i8", "ldind.i", "ldind.r4",
            "ldind.r8", "ldind.ref", "stind.ref", "stind.i1", "stind.i2", "stind.i4", "stind.i8", "stind.r4", "stind.r8", "add", "sub",
            "mul", "div", "div.un", "rem", "rem.un", "and", "or", "xor", "shl", "shr", "shr.un", "neg", "not", "conv.i1", "conv.i2",
            "conv.i4", "conv.i8", "conv.r4", "conv.r8", "conv.u4", "conv.u8");
        One(0x6F, T, "callvirt", "cpobj", "ldobj", "ldstr", "newobj", "castclass", "isinst");
        One(0x76, N, "conv.r.un");
        One(0x79, T, "unbox");
        One(0x7A, N, "throw");
        One(0x7B, T, "ldfld", "ldflda", "stfld", "ldsfld", "ldsflda", "stsfld", "stobj");
        One(0x82, N, "conv.ovf.i1.un", "conv.ovf.i2.un", "conv.ovf.i4.un", "conv.ovf.i8.un", "conv.ovf.u1.un", "conv.ovf.u2.un",
            "conv.ovf.u4.un", "conv.ovf.u8.un", "conv.ovf.i.un", "conv.ovf.u.un");
        One(0x8C, T, "box", "newarr");
        One(0x8E, N, "ldlen");
        One(0x8F, T, "ldelema");
        One(0x90, N, "ldelem.i1", "ldelem.u1", "ldelem.i2", "ldelem.u2", "ldelem.i4", "ldelem.u4", "ldelem.i8", "ldelem.i",
            "ldelem.r4", "ldelem.r8", "ldelem.ref", "stelem.i", "stelem.i1", "stelem.i2", "stelem.i4", "stelem.i8", "stelem.r4",
            "stelem.r8", "stelem.ref");
        One(0xA3, T, "ldelem", "stelem", "unbox.any");
        One(0xB3, N, "conv.ovf.i1", "conv.ovf.u1", "conv.ovf.i2", "conv.ovf.u2", "conv.ovf.i4", "conv.ovf.u4", "conv.ovf.i8", "conv.ovf.u8");
        One(0xC2, T, "refanyval");
        One(0xC3, N, "ckfinite");
        One(0xC6, T, "mkrefany");
        One(0xD0, T, "ldtoken");
        One(0xD1, N, "conv.u2", "conv.u1", "conv.i", "conv.ovf.i", "conv.ovf.u", "add.ovf", "add.ovf.un", "mul.ovf", "mul.ovf.un",
            "sub.ovf", "sub.ovf.un", "endfinally");
        One(0xDD, B4, "leave");
        One(0xDE, B1, "leave.s");
        One(0xDF, N, "stind.i", "conv.u");

        Two(0x00, N, "arglist", "ceq", "cgt", "cgt.un", "clt", "clt.un");
        Two(0x06, T, "ldftn", "ldvirtftn");
        Two(0x09, V2, "ldarg", "ldarga", "starg", "ldloc", "ldloca", "stloc");
        Two(0x0F, N, "localloc");
        Two(0x11, N, "endfilter");
        Two(0x12, I1, "unaligned.");
        Two(0x13, N, "volatile.", "tail.");
        Two(0x15, T, "initobj", "constrained.");
        Two(0x17, N, "cpblk", "initblk");
        Two(0x19, I1, "no.");
        Two(0x1A, N, "rethrow");
        Two(0x1C, T, "sizeof");
        Two(0x1D, N, "refanytype", "readonly.");
    }

    /// <summary>The mnemonic and operand kind of a defined opcode; false for an undefined one.</summary>
    public static bool TryDescribe(ushort opCode, out string mnemonic, out IlOperandKind operand)
    {
        string? name;
        if (opCode <= 0xFF)
        {
            name = OneByteNames[opCode];
            operand = OneByteKinds[opCode];
        }
        else if ((opCode >> 8) == TwoBytePrefix && (opCode & 0xFF) < TwoByteNames.Length)
        {
            name = TwoByteNames[opCode & 0xFF];
            operand = TwoByteKinds[opCode & 0xFF];
        }
        else
        {
            name = null;
            operand = IlOperandKind.None;
        }

        mnemonic = name ?? string.Empty;
        return name is not null;
    }

    /// <summary>The mnemonic of <paramref name="opCode"/>, or <c>unknown_XX</c>.</summary>
    public static string Mnemonic(ushort opCode) => TryDescribe(opCode, out string name, out _) ? name : $"unknown_{opCode:x2}";

    /// <summary>Bytes the inline operand of <paramref name="kind"/> takes (a switch's table is sized by the decoder).</summary>
    public static int OperandSize(IlOperandKind kind) => kind switch
    {
        IlOperandKind.Int8 or IlOperandKind.ShortBranch or IlOperandKind.ShortVariable => 1,
        IlOperandKind.Variable => 2,
        IlOperandKind.Int32 or IlOperandKind.Float32 or IlOperandKind.Token or IlOperandKind.Branch or IlOperandKind.Switch => 4,
        IlOperandKind.Int64 or IlOperandKind.Float64 => 8,
        _ => 0,
    };
}
