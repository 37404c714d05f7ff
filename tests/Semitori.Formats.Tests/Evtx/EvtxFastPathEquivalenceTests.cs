using Semitori.Formats.Common;
using Semitori.Formats.Evtx;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>
/// The speed-ups must not change a single rendered record: templates shared across chunks and
/// chunks parsed in parallel give, for every record of every sample, the JSON that strictly
/// per-chunk sequential parsing gives.
/// </summary>
public class EvtxFastPathEquivalenceTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (SharedData.Available)
        {
            foreach (string file in Directory.EnumerateFiles(SharedData.Samples, "*.evtx").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void Shared_templates_and_parallel_chunks_render_every_record_as_strict_parsing_does(string file)
    {
        byte[] data = File.ReadAllBytes(Path.Combine(SharedData.Samples, file));
        List<string> strict = Render(data, share: false, parallel: false);
        List<string> shared = Render(data, share: true, parallel: false);
        List<string> parallel = Render(data, share: true, parallel: true);
        Assert.NotEmpty(strict);
        Assert.Equal(strict, shared);
        Assert.Equal(strict, parallel);
    }

    private static List<string> Render(byte[] data, bool share, bool parallel)
    {
        var options = new EvtxReaderOptions { Listener = IgnoringAnomalyListener.Instance, ShareTemplatesAcrossChunks = share };
        using EvtxReader reader = EvtxReader.FromBytes(data, options);
        return parallel
            ? reader.ProcessChunksParallel(4, records => records.Select(r => $"{r.RecordId}@{r.FileOffset}:{r.ToJson()}").ToList()).SelectMany(r => r).ToList()
            : reader.ReadRecords().Select(r => $"{r.RecordId}@{r.FileOffset}:{r.ToJson()}").ToList();
    }
}
