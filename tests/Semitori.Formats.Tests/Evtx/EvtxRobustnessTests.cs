using Semitori.Formats.Common;
using Semitori.Formats.Evtx;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>
/// Damaged variants of real logs, generated with fixed seeds: truncations at many lengths and
/// random bit flips. The reader must neither throw nor hang; it must report anomalies instead.
/// </summary>
public class EvtxRobustnessTests
{
    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(SharedData.Samples, name));

    [SharedDataFact]
    public void Truncated_files_read_without_exceptions()
    {
        byte[] original = Sample("security.evtx");
        var random = new Random(6);
        int[] lengths = [0, 1, 100, 4096, 4097, 4096 + 511, 4096 + 600, .. Enumerable.Range(0, 12).Select(_ => random.Next(original.Length))];
        foreach (int length in lengths)
        {
            var anomalies = new AnomalyCollector();
            int count = ReadAll(original.AsSpan(0, length).ToArray(), anomalies);
            Assert.True(count >= 0);
            if (length < 4096)
            {
                Assert.Equal(0, count);
            }
        }
    }

    [SharedDataFact]
    public void Bit_flipped_files_read_without_exceptions_and_report_anomalies()
    {
        byte[] original = Sample("sysmon.evtx");
        int clean = ReadAll(original, new AnomalyCollector());
        var random = new Random(1337);
        int reported = 0;
        for (int variant = 0; variant < 40; variant++)
        {
            byte[] damaged = (byte[])original.Clone();
            int flips = 1 + random.Next(200);
            for (int i = 0; i < flips; i++)
            {
                int at = 4096 + random.Next(damaged.Length - 4096);
                damaged[at] ^= (byte)(1 << random.Next(8));
            }

            var anomalies = new AnomalyCollector();
            int count = ReadAll(damaged, anomalies);
            Assert.InRange(count, 0, clean + 64);
            reported += anomalies.Items.Count > 0 ? 1 : 0;
        }

        // Every variant flips bits in checksummed chunk data, so every variant must be reported.
        Assert.Equal(40, reported);
    }

    [Fact]
    public void Garbage_reports_a_bad_signature_and_yields_nothing()
    {
        var anomalies = new AnomalyCollector();
        byte[] garbage = new byte[3 * 65536];
        new Random(3).NextBytes(garbage);
        Assert.Equal(0, ReadAll(garbage, anomalies));
        Assert.Contains(anomalies.Items, a => a.Code == EvtxAnomalyCodes.BadFileSignature);
        Assert.Contains(anomalies.Items, a => a.Code == EvtxAnomalyCodes.BadChunkSignature);
    }

    private static int ReadAll(byte[] data, IFormatAnomalyListener listener)
    {
        using EvtxReader reader = EvtxReader.FromBytes(data, new EvtxReaderOptions { Listener = listener });
        int count = 0;
        foreach (EvtxRecord record in reader.ReadRecords())
        {
            _ = record.ToXml();
            _ = record.ToJson();
            _ = record.Fields();
            count++;
        }

        return count;
    }
}
