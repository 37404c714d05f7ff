using Semitori.Formats.Common;
using Semitori.Formats.Evtx;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>Spot checks of rendering and the flat field view on known records.</summary>
public class EvtxRenderingTests
{
    [SharedDataFact]
    public void Sysmon_record_projects_to_xml_json_and_fields()
    {
        using EvtxReader reader = EvtxReader.FromFile(Path.Combine(SharedData.Samples, "sysmon.evtx"), new EvtxReaderOptions { Listener = IgnoringAnomalyListener.Instance });
        EvtxRecord record = reader.ReadRecords().First(r => r.Fields()["EventID"].ToText() == "1");
        IReadOnlyDictionary<string, EvtxValue> fields = record.Fields();

        Assert.Equal("Microsoft-Windows-Sysmon/Operational", fields["Channel"].ToText());
        Assert.Equal("Microsoft-Windows-Sysmon", fields["Provider_Name"].ToText());
        Assert.True(fields.ContainsKey("CommandLine"));
        Assert.True(fields["EventID"].IsNumber);
        Assert.StartsWith("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">", record.ToXml(), StringComparison.Ordinal);
        Assert.Contains("<Data Name=\"CommandLine\">", record.ToXml(), StringComparison.Ordinal);
        Assert.Contains("\"EventID\":1,", record.ToJson(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void No_crc_flag_samples_are_not_reported_as_checksum_errors()
    {
        string path = Path.Combine(SharedData.Samples, "Application_no_crc32.evtx");
        var anomalies = new AnomalyCollector();
        using EvtxReader reader = EvtxReader.FromFile(path, new EvtxReaderOptions { Listener = anomalies });
        Assert.Equal(17, reader.ReadRecords().Count());
        Assert.DoesNotContain(anomalies.Items, a => a.Code is EvtxAnomalyCodes.ChunkDataChecksum or EvtxAnomalyCodes.FileHeaderChecksum);
    }

    [SharedDataFact]
    public void Intact_files_pass_every_checksum()
    {
        // Any CRC bug would show as EVTX002/004/005 on these undamaged logs.
        foreach (string name in new[] { "security.evtx", "system.evtx", "Security_short_selected.evtx", "post-Security.evtx" })
        {
            var anomalies = new AnomalyCollector();
            using EvtxReader reader = EvtxReader.FromFile(Path.Combine(SharedData.Samples, name), new EvtxReaderOptions { Listener = anomalies });
            Assert.True(reader.ReadRecords().Any());
            Assert.DoesNotContain(anomalies.Items, a => a.Code != EvtxAnomalyCodes.DirtyFile);
        }
    }

    [SharedDataFact]
    public void Parallel_reading_yields_the_same_records_in_the_same_order()
    {
        foreach (string name in new[] { "security.evtx", "sample_with_a_bad_chunk_magic.evtx" })
        {
            string path = Path.Combine(SharedData.Samples, name);
            var sequentialAnomalies = new AnomalyCollector();
            var parallelAnomalies = new AnomalyCollector();
            using EvtxReader sequential = EvtxReader.FromFile(path, new EvtxReaderOptions { Listener = sequentialAnomalies });
            using EvtxReader parallel = EvtxReader.FromFile(path, new EvtxReaderOptions { Listener = parallelAnomalies });
            List<ulong> expected = sequential.ReadRecords().Select(r => r.RecordId).ToList();
            List<ulong> actual = parallel.ReadRecordsParallel(2).Select(r => r.RecordId).ToList();
            Assert.Equal(expected, actual);
            Assert.Equal(sequentialAnomalies.Items.Count, parallelAnomalies.Items.Count);
        }
    }
}
