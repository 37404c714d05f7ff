using Semitori.Formats.Common;
using Semitori.Formats.Evtx;
using Xunit.Abstractions;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>
/// Record counts against the reference parsers. Expected numbers are data: the evtx crate's
/// expectations (omerbenamram/evtx tests/test_full_samples.rs, "ok" records) where it has one,
/// otherwise the count of events printed by
/// <c>evtxexport -f xml FILE | grep -c '^&lt;Event '</c> (libevtx-utils 20181227, Debian 12).
/// Neither renders <c>MSExchange_Management_wec.evtx</c> (= <c>issue_201.evtx</c>, the same
/// bytes): for those the count comes from <see cref="ChunkHeaderRecordCount"/>, chunk headers and
/// a record-signature walk done without the reader, a method checked against the reference on
/// every consistent sample below.
/// </summary>
public class EvtxRecordCountTests(ITestOutputHelper output)
{
    public static TheoryData<string, int, string> Samples => new()
    {
        { "2-system-Microsoft-Windows-LiveId%4Operational.evtx", 399, "evtxexport" },
        { "2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx", 1910, "crate" },
        { "2-vss_0-Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx", 1774, "crate" },
        { "2-vss_7-System.evtx", 1160, "crate" },
        { "Application_no_crc32.evtx", 17, "crate" },
        { "E_ShadowCopy6_windows_system32_winevt_logs_Microsoft-Windows-CAPI2%4Operational.evtx", 459, "crate" },
        { "E_Windows_system32_winevt_logs_Microsoft-Windows-CAPI2%4Operational.evtx", 340, "crate" },
        { "E_Windows_system32_winevt_logs_Microsoft-Windows-Shell-Core%4Operational.evtx", 1146, "crate" },
        { "Microsoft-Windows-HelloForBusiness%4Operational.evtx", 6, "crate" },
        { "Microsoft-Windows-LanguagePackSetup%4Operational.evtx", 17, "crate" },
        { "Security_short_selected.evtx", 7, "evtxexport" },
        { "Security_with_size_t.evtx", 636, "evtxexport" },
        { "new-user-security.evtx", 4, "evtxexport" },
        { "post-Security.evtx", 126, "crate" },
        { "sample-with-irregular-bool-values.evtx", 3028, "crate" },
        { "sample_with_a_bad_chunk_magic.evtx", 270, "crate" },
        // The crate reports 336 items for this file, one of them the error for the zero-size record.
        { "sample-with-zero-data-size-event.evtx", 335, "evtxexport" },
        { "security.evtx", 2261, "evtxexport" },
        { "security_bad_string_cache.evtx", 2261, "evtxexport" },
        { "sysmon.evtx", 358, "evtxexport" },
        { "system.evtx", 1881, "evtxexport" },
        { "MSExchange_Management_wec.evtx", 1, "chunk headers + signature walk" },
        { "issue_201.evtx", 1, "chunk headers + signature walk" },
    };

    [SharedDataTheory]
    [MemberData(nameof(Samples))]
    public void Record_count_equals_the_reference_parser(string file, int expected, string reference)
    {
        string path = Path.Combine(SharedData.Samples, file);
        var anomalies = new AnomalyCollector();
        using EvtxReader reader = EvtxReader.FromFile(path, new EvtxReaderOptions { Listener = anomalies });
        int count = reader.ReadRecords().Count();
        output.WriteLine($"{file}: {count} records (reference {reference}: {expected}); anomalies: {string.Join("; ", anomalies.Items.Take(5))}");
        Assert.Equal(expected, count);
    }

    /// <summary>The independent method agrees with the reference parsers wherever the file is
    /// consistent (chunk header ranges equal the record chain), so it can stand in for them.</summary>
    [SharedDataFact]
    public void Chunk_header_count_equals_the_reference_on_every_consistent_sample()
    {
        int checkedFiles = 0;
        foreach ((string file, int expected, string reference) in Samples.Select(row => ((string)row[0], (int)row[1], (string)row[2])))
        {
            if (reference.StartsWith("chunk", StringComparison.Ordinal))
            {
                continue;
            }

            ChunkHeaderRecordCount count = ChunkHeaderRecordCount.Of(Path.Combine(SharedData.Samples, file));
            output.WriteLine($"{file}: header range {count.HeaderRange}, signature walk {count.SignatureWalk}, reference {expected}");
            if (count.Consistent)
            {
                Assert.Equal(expected, count.SignatureWalk);
                checkedFiles++;
            }
        }

        // 15 of the 21 referenced samples are consistent; the other six are damaged, partly
        // overwritten or recovered from shadow copies, and their chunk headers promise more records
        // than the chain holds.
        Assert.Equal(15, checkedFiles);
    }

    [SharedDataTheory]
    [InlineData("MSExchange_Management_wec.evtx")]
    [InlineData("issue_201.evtx")]
    public void Files_without_a_reference_rendering_are_counted_independently(string file)
    {
        ChunkHeaderRecordCount count = ChunkHeaderRecordCount.Of(Path.Combine(SharedData.Samples, file));
        int expected = Samples.Where(row => (string)row[0] == file).Select(row => (int)row[1]).Single();
        Assert.True(count.Consistent, $"header range {count.HeaderRange} vs signature walk {count.SignatureWalk}");
        Assert.Equal(expected, count.SignatureWalk);
    }
}
