using System.Text.Json;

namespace Semitori.Cli.Tests;

/// <summary>
/// <c>semitori analyze</c> on hostile input: truncated, bit-flipped and field-corrupted variants of
/// real PE/.NET files always give a report (exit 0, valid JSON), never an exception.
/// </summary>
public sealed class AnalyzeRobustnessTests
{
    [Fact]
    public void Mutated_pe_and_dotnet_files_always_give_a_json_report()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        byte[][] seeds = new[] { "System.Private.CoreLib.dll", "System.Runtime.dll", "libclrjit.so" }
            .Select(n => Path.Combine(runtime, n)).Where(File.Exists).Select(File.ReadAllBytes)
            .Select(b => b.Length > 400_000 ? b[..400_000] : b).ToArray();
        var random = new Random(3);
        string dir = Directory.CreateTempSubdirectory("semitori-analyze-").FullName;
        int variants = 0;
        try
        {
            foreach (byte[] seed in seeds)
            {
                for (int k = 0; k < 20; k++)
                {
                    byte[] v = (byte[])seed.Clone();
                    switch (k % 3)
                    {
                        case 0:
                            v = v[..random.Next(0, v.Length)];
                            break;
                        case 1:
                            for (int f = 0; f < 32; f++)
                            {
                                v[random.Next(v.Length)] ^= (byte)(1 << random.Next(8));
                            }

                            break;
                        default:
                            // Corrupt the headers, where parsers trust counts and offsets.
                            for (int f = 0; f < 16; f++)
                            {
                                v[random.Next(Math.Min(v.Length, 1024))] = (byte)random.Next(256);
                            }

                            break;
                    }

                    string path = Path.Combine(dir, $"v{variants++}.bin");
                    File.WriteAllBytes(path, v);
                    var (exit, output, error) = CliRunner.Run("analyze", "--json", path);
                    Assert.True(exit == 0, $"variant {variants}: exit {exit}: {error}");
                    using JsonDocument doc = JsonDocument.Parse(output);
                }
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.True(variants >= 40, $"only {variants} variants ran");
    }
}
