using System.Reflection;
using System.Reflection.Emit;
using Semitori.Formats.DotNet;

namespace Semitori.Formats.Tests.DotNet;

public class IlOpCodesTests
{
    /// <summary>Every opcode the BCL defines, as the oracle for our table.</summary>
    public static TheoryData<string> BclOpCodes()
    {
        var data = new TheoryData<string>();
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BclOpCodes))]
    public void Table_agrees_with_the_bcl(string field)
    {
        var op = (OpCode)typeof(OpCodes).GetField(field)!.GetValue(null)!;
        ushort value = (ushort)op.Value;
        if (op.OpCodeType == OpCodeType.Nternal || op.Name!.StartsWith("prefix", StringComparison.Ordinal))
        {
            // Reserved prefix opcodes (0xF8-0xFF) are not valid in method bodies; we reject them.
            Assert.False(IlOpCodes.TryDescribe(value, out _, out _));
            return;
        }

        Assert.True(IlOpCodes.TryDescribe(value, out string mnemonic, out IlOperandKind kind), op.Name);
        Assert.Equal(op.Name, mnemonic);
        IlOperandKind expected = op.OperandType switch
        {
            OperandType.InlineNone => IlOperandKind.None,
            OperandType.ShortInlineI => IlOperandKind.Int8,
            OperandType.InlineI => IlOperandKind.Int32,
            OperandType.InlineI8 => IlOperandKind.Int64,
            OperandType.ShortInlineR => IlOperandKind.Float32,
            OperandType.InlineR => IlOperandKind.Float64,
            OperandType.ShortInlineBrTarget => IlOperandKind.ShortBranch,
            OperandType.InlineBrTarget => IlOperandKind.Branch,
            OperandType.InlineSwitch => IlOperandKind.Switch,
            OperandType.ShortInlineVar => IlOperandKind.ShortVariable,
            OperandType.InlineVar => IlOperandKind.Variable,
            _ => IlOperandKind.Token,
        };
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void Undefined_values_are_rejected()
    {
        Assert.False(IlOpCodes.TryDescribe(0x24, out _, out _));
        Assert.False(IlOpCodes.TryDescribe(0xA6, out _, out _));
        Assert.False(IlOpCodes.TryDescribe(0xFE1F, out _, out _));
        Assert.False(IlOpCodes.TryDescribe(0xFD01, out _, out _));
        Assert.Equal("unknown_24", IlOpCodes.Mnemonic(0x24));
    }
}
