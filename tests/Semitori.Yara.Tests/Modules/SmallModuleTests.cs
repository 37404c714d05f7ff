using Semitori.Yara.Modules;
using Semitori.Yara.Modules.Console;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// The modules the corpus does not cover (string, console, math.to_string) and the undefined
/// rules of pe/dotnet on non-PE input, checked rule by rule against libyara's documented results.
/// </summary>
public sealed class SmallModuleTests
{
    private static bool Matches(string condition, byte[]? data = null, IReadOnlyList<IYaraModule>? modules = null)
    {
        var compiler = new YaraCompiler(new CompilerOptions { Modules = modules ?? YaraModuleCatalog.All });
        compiler.AddSource($"import \"pe\" import \"dotnet\" import \"math\" import \"string\" import \"console\" import \"time\"\nrule t {{ condition: {condition} }}");
        Assert.False(compiler.HasErrors, string.Join("\n", compiler.Diagnostics));
        return compiler.Build().CreateScanner().Scan(data ?? "dummy"u8.ToArray()).Matching.Any();
    }

    [Theory]
    [InlineData("string.to_int(\"1234\") == 1234")]
    [InlineData("string.to_int(\"-10\") == -10")]
    [InlineData("string.to_int(\"0x10\") == 16")]
    [InlineData("string.to_int(\"010\") == 8")]
    [InlineData("string.to_int(\"  42\") == 42")]
    [InlineData("string.to_int(\"A\", 16) == 10")]
    [InlineData("string.to_int(\"z\", 36) == 35")]
    [InlineData("string.to_int(\"0x1A\", 16) == 26")]
    [InlineData("string.to_int(\"9223372036854775807\") == 9223372036854775807")]
    [InlineData("not defined string.to_int(\"9223372036854775808\")")]
    [InlineData("not defined string.to_int(\"12abc\")")]
    [InlineData("not defined string.to_int(\"\")")]
    [InlineData("not defined string.to_int(\"10\", 1)")]
    [InlineData("not defined string.to_int(\"10\", 37)")]
    [InlineData("string.length(\"abc\") == 3")]
    [InlineData("string.length(\"a\\x00b\") == 3")]
    [InlineData("math.to_string(42) == \"42\"")]
    [InlineData("math.to_string(-1) == \"-1\"")]
    [InlineData("math.to_string(255, 16) == \"ff\"")]
    [InlineData("math.to_string(8, 8) == \"10\"")]
    [InlineData("math.to_string(-1, 16) == \"ffffffffffffffff\"")]
    [InlineData("not defined math.to_string(5, 3)")]
    [InlineData("math.MEAN_BYTES == 127.5")]
    [InlineData("math.max(-1, 1) == -1")]
    [InlineData("not defined math.mean(0, 0)")]
    [InlineData("time.now() > 1700000000")]
    public void String_and_math_functions_follow_libyara(string condition) => Assert.True(Matches(condition), condition);

    [Theory]
    [InlineData("pe.is_pe == 0")]
    [InlineData("not defined pe.number_of_sections")]
    [InlineData("not defined pe.is_dll()")]
    [InlineData("not defined pe.imphash()")]
    [InlineData("not defined pe.imports(\"kernel32.dll\", \"Sleep\")")]
    [InlineData("not defined pe.exports(\"x\")")]
    [InlineData("not defined pe.overlay.offset")]
    [InlineData("pe.MACHINE_AMD64 == 0x8664 and pe.DLL == 0x2000 and pe.IMPORT_ANY == -1")]
    [InlineData("not defined dotnet.is_dotnet")]
    public void A_non_pe_file_leaves_pe_and_dotnet_undefined(string condition) => Assert.True(Matches(condition), condition);

    [Fact]
    public void Console_log_writes_to_the_host_sink_and_returns_true()
    {
        var lines = new List<string>();
        var modules = YaraModuleCatalog.All.Where(m => m.Name != "console").Append(new ConsoleModule(lines.Add)).ToList();
        Assert.True(Matches("console.log(\"a\\x01b\") and console.log(\"n=\", 5) and console.log(1.5) and console.hex(255) and console.hex(\"h=\", 16)", modules: modules));
        Assert.Equal(["a\\x01b", "n=5", "1.500000", "0xff", "h=0x10"], lines);
    }
}
