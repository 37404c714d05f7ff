using System.Diagnostics;
using Semitori.Yara;

// In-process engine benchmark: compile a rule set, then scan every file under a folder once
// (one thread), reporting compile time, throughput and prefilter statistics. The whole-process
// comparison with yara and YARA-X is bench/yara-vs-semitori.sh.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Semitori.Bench RULES_DIR_OR_FILE TARGET_DIR [--define name=value]...");
    return 2;
}

var compiler = new YaraCompiler();
for (int i = 2; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--define")
    {
        string[] kv = args[i + 1].Split('=', 2);
        compiler.DefineExternal(kv[0], kv[1]);
    }
}

var sw = Stopwatch.StartNew();
TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
string[] ruleFiles = Directory.Exists(args[0]) ? Directory.GetFiles(args[0], "*.yar") : [args[0]];
int n = 0;
foreach (string f in ruleFiles.Order(StringComparer.Ordinal))
{
    if (File.ReadAllText(f).Contains("import \"", StringComparison.Ordinal))
    {
        continue;
    }

    compiler.AddFile(f, "ns" + n++);
}

CompiledRules rules = compiler.Build();
TimeSpan cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
Console.WriteLine($"compile: {sw.ElapsedMilliseconds} ms wall, {(cpu1 - cpu0).TotalMilliseconds:F0} ms cpu, {rules.RuleCount} rules, {rules.StringCount} strings, {rules.AtomCount} atoms, errors={compiler.HasErrors}");
Console.WriteLine(rules.DescribePrefilter());

YaraScanner scanner = rules.CreateScanner();
var targets = new List<byte[]>();
foreach (string file in Directory.EnumerateFiles(args[1], "*", SearchOption.AllDirectories))
{
    try
    {
        targets.Add(File.ReadAllBytes(file));
    }
    catch (IOException)
    {
    }
}

if (Environment.GetEnvironmentVariable("BENCH_CENSUS") == "1")
{
    AtomCensus.Print(rules, targets.Take(20), 25);
}

if (Environment.GetEnvironmentVariable("BENCH_EMPTY") == "1")
{
    var swe = Stopwatch.StartNew();
    TimeSpan c0 = Process.GetCurrentProcess().TotalProcessorTime;
    for (int i = 0; i < 300; i++)
    {
        scanner.Scan(new byte[16]);
    }

    Console.WriteLine($"300 scans of 16 bytes: {swe.ElapsedMilliseconds} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMilliseconds:F0} ms cpu");
}

int passes = int.TryParse(Environment.GetEnvironmentVariable("BENCH_PASSES"), out int p) ? p : 1;
long bytes = 0;
int files = 0, matches = 0;
sw.Restart();
TimeSpan cpu2 = Process.GetCurrentProcess().TotalProcessorTime;
for (int pass = 0; pass < passes; pass++)
{
    foreach (byte[] data in targets)
    {
        bytes += data.Length;
        files++;
        matches += scanner.Scan(data).Matching.Count();
    }
}

double seconds = sw.Elapsed.TotalSeconds;
double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu2).TotalSeconds;
Console.WriteLine($"scan: {files} files, {bytes / 1e6:F1} MB in {seconds:F2} s wall = {bytes / 1e6 / seconds:F1} MB/s; {cpuSeconds:F2} s cpu = {bytes / 1e6 / cpuSeconds:F1} MB/s per cpu-second; {matches} rule matches");
Console.WriteLine($"verification attempts: {scanner.CostliestStrings(int.MaxValue).Sum(c => c.Attempts)}");
foreach (var c in scanner.CostliestStrings(15))
{
    Console.WriteLine($"  {c.Attempts,12} {c.Rule} {c.String} atoms: {c.Atoms}");
}

return 0;
