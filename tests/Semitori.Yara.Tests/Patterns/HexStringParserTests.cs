using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Patterns;

public sealed class HexStringParserTests
{
    [Theory]
    [InlineData("", PatternErrorCodes.HexSyntax, 0)]
    [InlineData(" 01 2 ", PatternErrorCodes.InvalidHexByte, 4)]
    [InlineData("01 0G", PatternErrorCodes.InvalidHexByte, 3)]
    [InlineData("01 [0] 02", PatternErrorCodes.InvalidJump, 3)]
    [InlineData("01 [3-2] 02", PatternErrorCodes.InvalidJump, 3)]
    [InlineData("61 [0-2147483648] 62", PatternErrorCodes.InvalidJump, 3)]
    [InlineData("61 [0-4294967297] 62", PatternErrorCodes.InvalidJump, 3)]
    [InlineData("[-] 01 02", PatternErrorCodes.JumpAtEdge, 0)]
    [InlineData("01 02 [-]", PatternErrorCodes.JumpAtEdge, 6)]
    [InlineData("01 02 ([-] 03 | 04)", PatternErrorCodes.UnboundedJumpInAlternation, 7)]
    [InlineData("01 02 (03 [-] | 04)", PatternErrorCodes.UnboundedJumpInAlternation, 10)]
    [InlineData("01 02 (03 | 04 [1])", PatternErrorCodes.JumpAtEdge, 15)]
    [InlineData("31 ( 32 [0-300] 31 | 33 ) 32", PatternErrorCodes.JumpTooLargeInAlternation, 8)]
    [InlineData("31 ( 32 [201] 31 | 33 ) 32", PatternErrorCodes.JumpTooLargeInAlternation, 8)]
    [InlineData("01 02 ~", PatternErrorCodes.HexSyntax, 6)]
    [InlineData("01 ~0 11", PatternErrorCodes.InvalidHexByte, 4)]
    [InlineData("01 ~?? 11", PatternErrorCodes.HexSyntax, 3)]
    [InlineData("31 (32|) 31", PatternErrorCodes.HexSyntax, 7)]
    [InlineData("31 (32 31", PatternErrorCodes.HexSyntax, 3)]
    [InlineData("31 32)", PatternErrorCodes.HexSyntax, 5)]
    [InlineData("31 /* 32", PatternErrorCodes.UnterminatedComment, 3)]
    public void Rejects_invalid_hex_strings_with_code_and_offset(string text, string code, int offset)
    {
        var result = HexStringParser.Parse(text);

        Assert.Null(result.Node);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(offset, error.Offset);
    }

    [Theory]
    [InlineData("4D 5A [-] 6A 2A [-] 58 C3")]
    [InlineData("\n 31 32 [-] 38 39 \n\r")]
    [InlineData("31 32 [0-0] 31")]
    [InlineData("31 [ 1 - 3 ] 32")]
    [InlineData("31[-][8-][-]30")]
    [InlineData("2e 7? (65 | ?? ) 78")]
    [InlineData("31 ( 32 ( 31 | 41 ) ) 32")]
    [InlineData("31 32 ~32 ~?2 ~4? 35")]
    [InlineData("31 // comment } \n 32 /* ] */ 33")]
    [InlineData("31 ( 32 [200] 31 | 33 ) 32")]
    [InlineData("61 [0-2147483647] 62")]
    public void Accepts_valid_hex_strings(string text)
    {
        var result = HexStringParser.Parse(text);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Node);
    }
}
