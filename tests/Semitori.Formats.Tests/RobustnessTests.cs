using Semitori.Formats.Tests.Support;
using Xunit.Abstractions;

namespace Semitori.Formats.Tests;

/// <summary>
/// Hostile-input tests: seeded truncations, bit flips and header field corruptions of valid PE and
/// .NET files, read through every part of both readers. The assertion is the contract: no
/// exception escapes, reading ends (xunit would hang otherwise), and corruption shows as anomalies.
/// Seeds are fixed so a failure replays exactly.
/// </summary>
public class RobustnessTests(ITestOutputHelper output)
{
    private const int Seed = 20261125;

    public static TheoryData<string> Seeds => new()
    {
        "tiny", "mtxex.dll", "pe_imports", "ChipTune.efi", "weird_rich",
        "079a472d22290a94ebb212aa8015cdc8dd28a968c6b4d3b88acdd58ce2d3b885",
        "3b8b90159fa9b6048cc5410c5d53f116943564e4d05b04a843f9b3d0540d0c1c",
        "0ca09bde7602769120fadc4f7a4147347a7a97271370583586c9e587fd396171",
        "emitted:watermarked",
    };

    private static byte[] Load(string name) =>
        name == "emitted:watermarked" ? EmittedAssemblies.ConfuserWatermarked : File.ReadAllBytes(TestFiles.Corpus(name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_variants_never_throw_and_report_anomalies(string seed)
    {
        byte[] original = Load(seed);
        IReadOnlyList<long> fields = FieldMap.Of(original);
        var variants = Mutator.Truncations(original, new Random(Seed), 40)
            .Concat(Mutator.BitFlips(original, new Random(Seed + 1), 120, 2048))
            .Concat(Mutator.FieldCorruptions(original, fields, new Random(Seed + 2), 200));
        int count = 0;
        int withAnomalies = 0;
        foreach (byte[] variant in variants)
        {
            int anomalies = ReaderExercise.ReadEverything(variant);
            count++;
            withAnomalies += anomalies > 0 ? 1 : 0;
        }

        output.WriteLine($"{seed}: {count} variants, {withAnomalies} with anomalies, {fields.Count} corruptible cells");
        Assert.Equal(363, count);
        Assert.True(withAnomalies > count / 4, $"only {withAnomalies} of {count} variants reported anomalies");
    }
}
