using System.Diagnostics;
using Semitori.Yara.Modules;
using Xunit.Abstractions;
using static Semitori.Yara.Tests.Modules.ModuleRuleGenerator;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// Hostile input for the pe and dotnet modules: truncated and bit-flipped copies of real PE and
/// .NET files are loaded and every field and generated function call is evaluated; nothing may
/// throw, and the whole run stays within a time budget.
/// </summary>
public sealed class ModuleRobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_pe_and_dotnet_files_never_throw()
    {
        string data = Path.Combine(TestPaths.CorpusDir, "data");
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] seeds =
        [
            Path.Combine(data, "tiny"), Path.Combine(data, "mtxex.dll"), Path.Combine(data, "pe_imports"),
            Path.Combine(data, "0ca09bde7602769120fadc4f7a4147347a7a97271370583586c9e587fd396171"),
            Path.Combine(data, "079a472d22290a94ebb212aa8015cdc8dd28a968c6b4d3b88acdd58ce2d3b885"),
            Path.Combine(runtime, "System.Runtime.dll"),
        ];
        IYaraModule pe = YaraModuleCatalog.All.First(m => m.Name == "pe"), net = YaraModuleCatalog.All.First(m => m.Name == "dotnet");
        IYaraModule math = YaraModuleCatalog.All.First(m => m.Name == "math"), hash = YaraModuleCatalog.All.First(m => m.Name == "hash");
        var random = new Random(3);
        var clock = Stopwatch.StartNew();
        int variants = 0, conditions = 0;
        foreach (string seed in seeds.Where(File.Exists))
        {
            byte[] original = File.ReadAllBytes(seed);
            var mutants = new List<byte[]>();
            for (int i = 0; i < 12; i++)
            {
                mutants.Add(original[..random.Next(original.Length)]);
            }

            for (int i = 0; i < 40; i++)
            {
                byte[] copy = (byte[])original.Clone();
                int headerEnd = Math.Min(copy.Length, 4096);
                for (int k = 0; k < 1 + random.Next(8); k++)
                {
                    // Most flips land in the headers and directories, where parsers branch.
                    int at = random.Next(2) == 0 ? random.Next(headerEnd) : random.Next(copy.Length);
                    copy[at] ^= (byte)(1 << random.Next(8));
                }

                mutants.Add(copy);
            }

            foreach (byte[] m in mutants)
            {
                var context = new ModuleLoadContext(m);
                object? peRoot = pe.Load(context), netRoot = net.Load(context);
                conditions += Fields(pe, peRoot).Count + ModuleCallGenerator.Pe(pe, peRoot, m).Count
                    + Fields(net, netRoot).Count + ModuleCallGenerator.MathAndHash(math, hash, m, peRoot).Count;
                variants++;
            }
        }

        output.WriteLine($"{variants} mutated files, {conditions} fields and calls evaluated without an exception in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(variants >= 200, $"only {variants} variants");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "module loading on mutated files is too slow");
    }
}
