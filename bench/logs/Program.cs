using System.Diagnostics;
using Semitori.Formats.Common;
using Semitori.Formats.Evtx;
using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;

// usage: dotnet run -c Release -- [SHARED_DIR] [REPEAT] [parse-only]
// Parses the largest EVTX samples REPEAT times (records/s, single thread, files in the page
// cache) and matches their events against SigmaHQ's rules/windows (rule×event pairs/s; the
// channel index means most pairs are skipped before any field is read, which is the point).
string shared = args.Length > 0 ? args[0] : Path.GetFullPath("../shared");
int repeat = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
string[] files = Directory.EnumerateFiles(Path.Combine(shared, "evtx-samples"), "*.evtx")
    .OrderByDescending(f => new FileInfo(f).Length).Take(6).ToArray();
byte[][] data = files.Select(File.ReadAllBytes).ToArray();
long bytes = data.Sum(d => (long)d.Length);

// CPU time is reported next to wall time: on a shared machine the wall clock measures the neighbours.
static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

// Untimed passes first: JIT compilation and tiering (tier-1 code arrives after ~100 ms and 30
// calls per method) otherwise dominate a short run.
for (int w = 0; w < 5; w++)
{
    ParsePass(data);
}

long records = 0;
long allocated0 = GC.GetAllocatedBytesForCurrentThread();
TimeSpan pause0 = GC.GetTotalPauseDuration();
TimeSpan cpu0 = Cpu();
var parse = Stopwatch.StartNew();
for (int r = 0; r < repeat; r++)
{
    records += ParsePass(data);
}

parse.Stop();
double parseCpu = (Cpu() - cpu0).TotalSeconds;
double bytesPerRecord = (GC.GetAllocatedBytesForCurrentThread() - allocated0) / (double)records;
Console.WriteLine($"parse: {records:N0} records, {bytes * repeat / 1e6:N1} MB in {parse.Elapsed.TotalSeconds:N2} s wall / {parseCpu:N2} s CPU = " +
                  $"{records / parse.Elapsed.TotalSeconds:N0} records/s wall, {records / parseCpu:N0} records/CPU-s, {bytes * repeat / 1e6 / parseCpu:N1} MB/CPU-s, " +
                  $"{bytesPerRecord:N0} bytes allocated per record (load-independent), {GC.CollectionCount(0)} gen0 GCs pausing {(GC.GetTotalPauseDuration() - pause0).TotalSeconds:N2} s");

// The same work on every core, chunks in parallel (EvtxReader.ProcessChunksParallel): the
// wall-clock gain is what the cores give, while CPU per record shows the coordination cost.
int threads = Environment.ProcessorCount;
TimeSpan cpuP = Cpu();
var parallel = Stopwatch.StartNew();
long parallelRecords = 0;
for (int r = 0; r < repeat; r++)
{
    foreach (byte[] file in data)
    {
        using EvtxReader reader = EvtxReader.FromBytes(file, new EvtxReaderOptions { Listener = IgnoringAnomalyListener.Instance });
        parallelRecords += reader.ProcessChunksParallel(threads, chunk => chunk.LongCount()).Sum();
    }
}

parallel.Stop();
double parallelCpu = (Cpu() - cpuP).TotalSeconds;
Console.WriteLine($"parse, {threads} threads: {parallelRecords:N0} records in {parallel.Elapsed.TotalSeconds:N2} s wall / {parallelCpu:N2} s CPU = " +
                  $"{parallelRecords / parallel.Elapsed.TotalSeconds:N0} records/s wall, {parallelRecords / parallelCpu:N0} records/CPU-s");

if (args.Length > 2 && args[2] == "parse-only")
{
    return;
}

var events = new List<EvtxEvent>();
foreach (byte[] file in data)
{
    using EvtxReader reader = EvtxReader.FromBytes(file, new EvtxReaderOptions { Listener = IgnoringAnomalyListener.Instance });
    events.AddRange(reader.ReadRecords().Select(r => new EvtxEvent(r)));
}

var load = Stopwatch.StartNew();
SigmaRuleSet rules = new SigmaRuleSetBuilder().AddDirectory(Path.Combine(shared, "rulesets", "sigma", "rules", "windows")).Build();
load.Stop();
Console.WriteLine($"load: {rules.Rules.Count} rules compiled ({rules.Rejected.Count} rejected) in {load.Elapsed.TotalSeconds:N2} s");

var matcher = new SigmaMatcher(rules);
long hits = 0;
TimeSpan cpu1 = Cpu();
var match = Stopwatch.StartNew();
for (int r = 0; r < repeat; r++)
{
    foreach (EvtxEvent evt in events)
    {
        hits += matcher.Match(evt).Count;
    }
}

match.Stop();
double matchCpu = (Cpu() - cpu1).TotalSeconds;
double pairs = (double)rules.Rules.Count * events.Count * repeat;
Console.WriteLine($"match: {events.Count * repeat:N0} events × {rules.Rules.Count} rules in {match.Elapsed.TotalSeconds:N2} s = " +
                  $"{events.Count * repeat / match.Elapsed.TotalSeconds:N0} events/s, {pairs / match.Elapsed.TotalSeconds / 1e6:N1} M rule×event pairs/s " +
                  $"({matcher.Evaluations / match.Elapsed.TotalSeconds / 1e6:N2} M pairs/s actually evaluated after the channel index); {hits / repeat} hits per pass");
Console.WriteLine($"match CPU: {matchCpu:N2} s = {events.Count * repeat / matchCpu:N0} events/CPU-s, {pairs / matchCpu / 1e6:N1} M rule×event pairs/CPU-s");

// Matching on every core, one matcher per thread over slices of the events (as LogHunter does per chunk).
TimeSpan cpu2 = Cpu();
var parallelMatch = Stopwatch.StartNew();
long parallelHits = 0;
for (int r = 0; r < repeat; r++)
{
    parallelHits += events.Chunk(256).AsParallel().WithDegreeOfParallelism(threads)
        .Select(slice =>
        {
            var local = new SigmaMatcher(rules);
            return slice.Sum(e => (long)local.Match(e).Count);
        })
        .Sum();
}

parallelMatch.Stop();
double parallelMatchCpu = (Cpu() - cpu2).TotalSeconds;
Console.WriteLine($"match, {threads} threads: {events.Count * repeat / parallelMatch.Elapsed.TotalSeconds:N0} events/s wall, {events.Count * repeat / parallelMatchCpu:N0} events/CPU-s, " +
                  $"{pairs / parallelMatch.Elapsed.TotalSeconds / 1e6:N1} M rule×event pairs/s wall; {parallelHits / repeat} hits per pass (must equal the single-thread count)");

static long ParsePass(byte[][] data)
{
    long count = 0;
    foreach (byte[] file in data)
    {
        using EvtxReader reader = EvtxReader.FromBytes(file, new EvtxReaderOptions { Listener = IgnoringAnomalyListener.Instance });
        foreach (EvtxRecord record in reader.ReadRecords())
        {
            count++;
        }
    }

    return count;
}
