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

// BENCH_MODULES=1 compiles every rule file (modules offered), as "signature-base entire";
// otherwise files importing a module are skipped.
bool withModules = Environment.GetEnvironmentVariable("BENCH_MODULES") == "1";
var compiler = new YaraCompiler(new CompilerOptions { Modules = withModules ? Semitori.Yara.Modules.YaraModuleCatalog.All : [] });
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
    if (!withModules && File.ReadAllText(f).Contains("import \"", StringComparison.Ordinal))
    {
        continue;
    }

    compiler.AddFile(f, "ns" + n++);
}

CompiledRules rules = compiler.Build();
TimeSpan cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
Console.WriteLine($"compile: {sw.ElapsedMilliseconds} ms wall, {(cpu1 - cpu0).TotalMilliseconds:F0} ms cpu, {rules.RuleCount} rules, {rules.StringCount} strings, {rules.AtomCount} atoms, errors={compiler.HasErrors}");
Console.WriteLine(rules.DescribePrefilter());
Console.WriteLine($"memory after compile: peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB, managed heap {GC.GetTotalMemory(false) >> 20} MB, live after a full GC {GC.GetTotalMemory(true) >> 20} MB");

if (Environment.GetEnvironmentVariable("BENCH_HEAP") == "1")
{
    HeapCensus.Print(rules, 30);
}

if (Environment.GetEnvironmentVariable("BENCH_PAUSE") is { } pause)
{
    // Time to take a heap snapshot (dotnet-gcdump collect -p PID) of the compiled rules.
    Console.WriteLine($"pid {Environment.ProcessId}: pausing {pause} s");
    Thread.Sleep(TimeSpan.FromSeconds(int.Parse(pause)));
}

YaraScanner scanner = rules.CreateScanner(new ScanOptions { Profile = Environment.GetEnvironmentVariable("BENCH_PROFILE") == "1" });
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

if (Environment.GetEnvironmentVariable("BENCH_GATE") == "1")
{
    GateStats.Print(rules, targets);
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
if (scanner.Profile is { } profile)
{
    // BENCH_PROFILE=1: the costliest strings and rules (the timings include the profiling overhead).
    Console.WriteLine($"search (atoms + verification): {profile.SearchTime.TotalSeconds:F2} s");
    foreach (ProfileEntry e in profile.CostliestStrings(15))
    {
        Console.WriteLine($"  string {e.Time.TotalMilliseconds,9:F1} ms {e.Count,12} attempts  {e.Name}  atoms: {e.Detail}");
    }

    foreach (ProfileEntry e in profile.CostliestRules(10).Concat(profile.Modules()))
    {
        Console.WriteLine($"  {e.Time.TotalMilliseconds,9:F1} ms {e.Count,9}  {e.Name}");
    }
}

return 0;
