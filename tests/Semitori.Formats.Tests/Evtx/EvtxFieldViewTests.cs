using Semitori.Formats.Common;
using Semitori.Formats.Evtx;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>The flat Sigma field view keeps UserData leaves that a System field shadows reachable by path.</summary>
public class EvtxFieldViewTests
{
    [SharedDataFact]
    public void A_log_cleared_event_names_the_cleared_log_by_path()
    {
        using EvtxReader reader = EvtxReader.FromFile(Path.Combine(SharedData.Samples, "system.evtx"), new EvtxReaderOptions { Listener = IgnoringAnomalyListener.Instance });
        EvtxRecord record = reader.ReadRecords().Single(r => r.RecordId == 1847);
        IReadOnlyDictionary<string, EvtxValue> fields = record.Fields();
        Assert.Equal("System", fields["Channel"].ToText());
        Assert.Equal("Microsoft-Windows-Sysmon/Operational", fields["LogFileCleared.Channel"].ToText());
        Assert.Equal("tony", fields["SubjectUserName"].ToText());
        Assert.Equal("tony", fields["LogFileCleared.SubjectUserName"].ToText());
    }
}
