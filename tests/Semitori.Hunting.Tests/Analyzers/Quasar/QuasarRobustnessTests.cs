using System.Buffers.Binary;
using Semitori.Formats.DotNet;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Analyzers.Quasar;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Tests.Analyzers.Quasar;

/// <summary>
/// Truncated and corrupted fixtures: the analyzer must never throw, and whatever it still reports
/// with a valid MAC must be the planted configuration (a MAC cannot be right by accident).
/// </summary>
public class QuasarRobustnessTests
{
    private const int Seed = 20261125;

    private static readonly uint[] Nasty = [0, 1, 0xFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x70000001, 0x04000001];

    public static TheoryData<string> Fixtures() => new(QuasarFixtures.Names);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Mutated_fixtures_never_throw(string name)
    {
        QuasarFixture fixture = QuasarFixtures.Get(name);
        var analyzer = new QuasarConfigAnalyzer();
        int runs = 0, findings = 0;
        foreach (byte[] variant in Variants(fixture.Bytes, new Random(Seed + name.Length)))
        {
            List<Finding> result = analyzer.Analyze(new FileSubject(name, variant)).ToList();
            runs++;
            Assert.True(result.Count <= 1, $"{result.Count} findings");
            Finding? finding = result.FirstOrDefault();
            if (finding is null)
            {
                continue;
            }

            findings++;
            Assert.NotNull(fixture.Expected);
            if (finding.Details!["mac"] == "valid")
            {
                Assert.Equal(fixture.Expected["hosts"], finding.Details["hosts"]);
                Assert.Equal(fixture.Expected["mutex"], finding.Details["mutex"]);
            }
        }

        Assert.Equal(90, runs);
        if (fixture.Expected is not null)
        {
            // Most mutations miss the settings: the loop must still be exercising the decryptors.
            Assert.InRange(findings, 1, runs);
        }
    }

    private static IEnumerable<byte[]> Variants(byte[] data, Random random)
    {
        yield return [];
        yield return data[..64];
        for (int i = 0; i < 18; i++)
        {
            yield return data[..random.Next(data.Length)];
        }

        for (int i = 0; i < 40; i++)
        {
            byte[] copy = (byte[])data.Clone();
            for (int f = random.Next(1, 8); f > 0; f--)
            {
                int at = random.Next(2) == 0 ? random.Next(Math.Min(2048, copy.Length)) : random.Next(copy.Length);
                copy[at] ^= (byte)(1 << random.Next(8));
            }

            yield return copy;
        }

        // Aim at the settings .cctor: its header, code size and the tokens inside its IL.
        var bodies = new List<DotNetMethodBody>();
        DotNetFile net = DotNetFile.FromBytes(data);
        foreach (DotNetMethod method in net.Methods.Where(m => m.Name == ".cctor"))
        {
            if (net.GetMethodBody(method) is { } body)
            {
                bodies.Add(body);
            }
        }

        DotNetMethodBody settings = bodies.OrderByDescending(b => b.Code.Length).First();
        for (int i = 0; i < 30; i++)
        {
            byte[] copy = (byte[])data.Clone();
            long at = random.Next(3) switch
            {
                0 => settings.HeaderOffset + random.Next(0, 12),
                _ => settings.CodeOffset + random.Next(0, Math.Max(1, settings.Code.Length - 4)),
            };
            if (at + 4 <= copy.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan((int)at), Nasty[random.Next(Nasty.Length)]);
            }

            yield return copy;
        }
    }
}
