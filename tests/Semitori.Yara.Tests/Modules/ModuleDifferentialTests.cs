using System.Text;
using Semitori.Yara.Modules;
using Semitori.Yara.Tests.Differential;
using Xunit.Abstractions;
using static Semitori.Yara.Tests.Modules.ModuleRuleGenerator;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// Module values against the reference yara 4.2.3: for each real PE file, one rule per pe /
/// dotnet field (every section, import, export, resource, version string, rich entry, GUID,
/// stream, assembly ref…) and per function result (imports(), exports(), imphash(), toolid(),
/// math and hash over several ranges), each pinned to Semitori's value or to "not defined".
/// yara must match every rule, and so must Semitori. Members yara 4.2.3 does not know (4.3+
/// additions) are found by compiling a probe per member shape and left out.
/// </summary>
public sealed class ModuleDifferentialTests(ITestOutputHelper output)
{
    private const string Imports = "import \"pe\"\nimport \"dotnet\"\nimport \"math\"\nimport \"hash\"\n";

    [SkippableFact]
    public void Generated_rules_pinning_module_values_match_in_yara_and_semitori()
    {
        Skip.If(YaraCli.Path is null, YaraCli.SkipReason);
        string dir = Directory.CreateTempSubdirectory("semitori-moddiff-").FullName;
        try
        {
            int mingw = ModuleSamples.CopyTo(dir);
            IYaraModule pe = YaraModuleCatalog.All.First(m => m.Name == "pe"), net = YaraModuleCatalog.All.First(m => m.Name == "dotnet");
            IYaraModule math = YaraModuleCatalog.All.First(m => m.Name == "math"), hash = YaraModuleCatalog.All.First(m => m.Name == "hash");
            var perFile = new List<(string File, List<Condition> Conditions)>();
            foreach (string file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                byte[] data = File.ReadAllBytes(file);
                var context = new ModuleLoadContext(data);
                object? peRoot = pe.Load(context), netRoot = net.Load(context);
                var conditions = new List<Condition>();
                conditions.AddRange(Fields(pe, peRoot));
                conditions.AddRange(ModuleCallGenerator.Pe(pe, peRoot, data));
                conditions.AddRange(Fields(net, netRoot));
                conditions.AddRange(ModuleCallGenerator.MathAndHash(math, hash, data, peRoot));
                perFile.Add((file, conditions));
            }

            HashSet<string> known = KnownShapes(perFile.SelectMany(p => p.Conditions).Select(c => c.Shape).ToHashSet(), dir, out List<string> unknown);
            output.WriteLine($"members unknown to yara 4.2.3 (left out): {string.Join(", ", unknown)}");

            var perFeature = new SortedDictionary<string, (int Rules, int Agree)>(StringComparer.Ordinal);
            var disagreements = new List<string>();
            var explained = new SortedDictionary<string, int>(StringComparer.Ordinal);
            int rules = 0, peFiles = 0, netFiles = 0;
            foreach ((string file, List<Condition> conditions) in perFile)
            {
                var used = conditions.Where(c => known.Contains(c.Shape)).ToList();
                var text = new StringBuilder(Imports);
                for (int i = 0; i < used.Count; i++)
                {
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"rule r{i} {{ condition: {used[i].Text} }}\n");
                }

                string rulePath = Path.Combine(Path.GetTempPath(), $"semitori-moddiff-{Path.GetFileName(file)}.yar");
                File.WriteAllText(rulePath, text.ToString());
                var (exit, stdout, stderr) = YaraCli.Run(["-w", rulePath, file]);
                File.Delete(rulePath);
                Assert.True(exit == 0, $"yara failed on the rules for {Path.GetFileName(file)}: {stderr}");
                var yaraMatched = MatchSet.FromYaraOutput(stdout).Items.Keys.Select(k => k.Rule).ToHashSet();

                var compiler = new YaraCompiler(new CompilerOptions { Modules = YaraModuleCatalog.All });
                compiler.AddSource(text.ToString());
                Assert.False(compiler.HasErrors, string.Join("\n", compiler.Diagnostics.Take(5)));
                var ours = compiler.Build().CreateScanner().Scan(File.ReadAllBytes(file)).Matching.Select(m => m.Rule).ToHashSet();

                peFiles += used.Any(c => c.Text == "pe.is_pe == 1") ? 1 : 0;
                netFiles += used.Any(c => c.Text == "dotnet.is_dotnet == 1") ? 1 : 0;
                for (int i = 0; i < used.Count; i++)
                {
                    bool y = yaraMatched.Contains($"r{i}"), s = ours.Contains($"r{i}");
                    (int r, int a) = perFeature.GetValueOrDefault(used[i].Feature);
                    perFeature[used[i].Feature] = (r + 1, a + (y && s ? 1 : 0));
                    string? reason = !y && s ? YaraVersionDifferences.Explain(Path.GetFileName(file), used[i].Text) : null;
                    if (reason is not null)
                    {
                        explained[reason] = explained.GetValueOrDefault(reason) + 1;
                    }
                    else if (!y || !s)
                    {
                        disagreements.Add($"{Path.GetFileName(file)}: {used[i].Text} — yara {(y ? "true" : "false")}, semitori {(s ? "true" : "false")}");
                    }
                }

                rules += used.Count;
            }

            int excused = explained.Values.Sum();
            output.WriteLine($"{perFile.Count} files ({peFiles} PE, {netFiles} .NET, {mingw} mingw builds), {rules} generated rules, {rules - disagreements.Count - excused} confirmed by both, {excused} explained yara 4.2.3/4.5 differences, {disagreements.Count} unexplained disagreements");
            foreach ((string reason, int n) in explained)
            {
                output.WriteLine($"  explained ×{n}: {reason}");
            }

            foreach ((string feature, (int r, int a)) in perFeature)
            {
                output.WriteLine($"  {feature,-36} {a,6}/{r,-6}");
            }

            foreach (string d in disagreements.Take(100))
            {
                output.WriteLine("DIFF " + d);
            }

            Assert.True(peFiles >= 40, $"only {peFiles} PE files");
            Assert.Empty(disagreements);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Compiles one probe rule per member shape with yara; returns the shapes it accepts.</summary>
    private static HashSet<string> KnownShapes(HashSet<string> shapes, string dir, out List<string> unknown)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        unknown = [];
        string empty = Path.Combine(Path.GetTempPath(), $"semitori-probe-{Guid.NewGuid():N}.bin");
        string probe = empty + ".yar";
        File.WriteAllBytes(empty, []);
        try
        {
            foreach (string shape in shapes.Order(StringComparer.Ordinal))
            {
                File.WriteAllText(probe, $"{Imports}rule t {{ condition: defined {ProbeExpression(shape)} }}\n");
                var (exit, _, _) = YaraCli.Run(["-w", probe, empty]);
                if (exit == 0)
                {
                    known.Add(shape);
                }
                else
                {
                    unknown.Add(shape);
                }
            }
        }
        finally
        {
            File.Delete(empty);
            File.Delete(probe);
        }

        return known;
    }

    private static string ProbeExpression(string shape)
    {
        int open = shape.IndexOf('(');
        if (open < 0 || !shape.EndsWith(')'))
        {
            return shape;
        }

        string letters = shape[(open + 1)..^1];
        return shape[..open] + "(" + string.Join(", ", letters.Select(c => c switch { 'i' => "1", 'f' => "1.0", _ => "\"a\"" })) + ")";
    }
}
