using Semitori.Formats.DotNet;

namespace Semitori.Formats.Tests.DotNet;

public class IlDecoderTests
{
    [Fact]
    public void Decodes_operands_and_branch_targets()
    {
        byte[] code =
        [
            0x72, 0x01, 0x00, 0x00, 0x70, // ldstr 0x70000001
            0x80, 0x02, 0x00, 0x00, 0x04, // stsfld 0x04000002
            0x1F, 0xF6,                   // ldc.i4.s -10
            0x20, 0x88, 0x13, 0x00, 0x00, // ldc.i4 5000
            0x2B, 0xFE,                   // br.s -2 (to itself)
            0xFE, 0x0C, 0x05, 0x01,       // ldloc 0x105
            0x45, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFC, 0xFF, 0xFF, 0xFF, // switch (+0, -4)
            0x2A,                         // ret
        ];
        IlDecodeResult result = IlDecoder.Decode(code);
        Assert.True(result.Complete);
        Assert.Equal(code.Length, result.StopOffset);
        Assert.Equal(["ldstr", "stsfld", "ldc.i4.s", "ldc.i4", "br.s", "ldloc", "switch", "ret"], result.Instructions.Select(i => i.Mnemonic));
        IlInstruction ldstr = result.Instructions[0];
        Assert.Equal(0x70u, ldstr.TokenTable);
        Assert.Equal(1u, ldstr.TokenRid);
        Assert.Equal(0x04000002u, result.Instructions[1].Token);
        Assert.Equal(-10, result.Instructions[2].Int32Constant);
        Assert.Equal(5000, result.Instructions[3].Int32Constant);
        Assert.Equal(17, result.Instructions[4].Operand);
        Assert.Equal(0x105, result.Instructions[5].Operand);
        IlInstruction sw = result.Instructions[6];
        Assert.Equal(2, sw.Operand);
        Assert.Equal([36, 32], sw.SwitchTargets!);
        Assert.Equal(13, sw.Size);
    }

    [Theory]
    [InlineData(new byte[] { 0x24 }, "undefined opcode 0x24")]
    [InlineData(new byte[] { 0xFE }, "two-byte opcode truncated")]
    [InlineData(new byte[] { 0x72, 0x01, 0x00 }, "operand truncated")]
    [InlineData(new byte[] { 0x45, 0xFF, 0xFF, 0xFF, 0x7F, 0x00 }, "switch table truncated")]
    public void Stops_at_bad_code_without_throwing(byte[] code, string problem)
    {
        IlDecodeResult result = IlDecoder.Decode([0x00, .. code]);
        Assert.False(result.Complete);
        Assert.Equal(1, result.StopOffset);
        Assert.Equal(problem, result.Problem);
        Assert.Equal("nop", Assert.Single(result.Instructions).Mnemonic);
    }

    [Fact]
    public void Instruction_limit_is_honoured()
    {
        IlDecodeResult result = IlDecoder.Decode(new byte[100], 10);
        Assert.False(result.Complete);
        Assert.Equal(10, result.Instructions.Count);
        Assert.Equal("instruction limit reached", result.Problem);
    }

    [Fact]
    public void Random_bytes_never_throw_and_sizes_add_up()
    {
        var random = new Random(4);
        for (int round = 0; round < 2000; round++)
        {
            byte[] code = new byte[random.Next(0, 64)];
            random.NextBytes(code);
            IlDecodeResult result = IlDecoder.Decode(code);
            Assert.Equal(result.StopOffset, result.Instructions.Sum(i => i.Size));
            Assert.Equal(result.Complete, result.StopOffset == code.Length);
        }
    }
}
