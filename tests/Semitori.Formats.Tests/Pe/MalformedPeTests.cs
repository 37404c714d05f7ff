using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.Pe;

/// <summary>Hand-made malformed PE files: each must read to the end with the expected anomaly.</summary>
public class MalformedPeTests
{
    [Fact]
    public void Builder_output_is_a_clean_pe()
    {
        PeFile pe = PeFile.FromBytes(new PeBuilder().Bytes, new PeReaderOptions { AnomalyListener = Semitori.Formats.Common.ThrowingAnomalyListener.Instance });
        Assert.True(pe.IsPe);
        Assert.Equal(".data", Assert.Single(pe.Sections).Name);
        Assert.Empty(pe.Imports);
        Assert.Equal(PeBuilder.SectionFileOffset, pe.EntryPointOffset);
    }

    [Fact]
    public void E_lfanew_past_the_end()
    {
        byte[] data = new PeBuilder().U32(0x3C, 0xFFFFFFF0).Bytes;
        Assert.Contains(PeAnomalyCodes.BadNtHeaderOffset, ReaderExercise.Codes(data));
    }

    [Fact]
    public void Entry_point_outside_every_section_is_reported()
    {
        byte[] data = new PeBuilder().U32(PeBuilder.Lfanew + 24 + 16, 0x7FFF0000).Bytes;
        PeFile pe = PeFile.FromBytes(data);
        Assert.Null(pe.EntryPointOffset);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.EntryPointOutsideFile);
    }

    [Fact]
    public void Sixty_five_thousand_sections_are_capped()
    {
        byte[] data = new PeBuilder().U16(PeBuilder.Lfanew + 6, 0xFFFF).Bytes;
        PeFile pe = PeFile.FromBytes(data);
        Assert.Equal(PeLimits.MaxSections, pe.Sections.Count);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.TooManySections);
    }

    [Fact]
    public void Unterminated_import_thunks_stop_at_the_end_of_the_file()
    {
        // One descriptor whose thunk array is 0x41414141 ordinals-free garbage up to the end of the file.
        var b = new PeBuilder().Directory(1, 0x1000, 40).U32AtRva(0x1000, 0x1100, 0, 0, 0x1080, 0x1100).Text(0x1080, "evil.dll");
        for (uint rva = 0x1100; rva < 0x2000; rva += 4)
        {
            b.U32AtRva(rva, 0x1090);
        }

        b.Text(0x1090, "\0\0Sleep");
        PeFile pe = PeFile.FromBytes(b.Bytes);
        ImportedLibrary library = Assert.Single(pe.Imports);
        Assert.Equal("evil.dll", library.Name);
        Assert.Equal((0x2000 - 0x1100) / 4, library.Functions.Count);
    }

    [Fact]
    public void Forged_export_count_is_capped_and_reported()
    {
        byte[] data = new PeBuilder().Directory(0, 0x1000, 40)
            .U32AtRva(0x1000, 0, 0, 0, 0x1080, 1, 0xFFFFFFFF, 0xFFFFFFFF, 0x1100, 0x1100, 0x1100).Text(0x1080, "x.dll").Bytes;
        PeFile pe = PeFile.FromBytes(data);
        Assert.Equal("x.dll", pe.Exports.DllName);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.LimitReached);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.BadExport);
    }

    [Fact]
    public void Resource_directory_pointing_at_itself_ends()
    {
        // Root with one ID entry whose subdirectory offset is the root itself, and a child that loops back.
        byte[] data = new PeBuilder().Directory(2, 0x1000, 0x100)
            .U32AtRva(0x1000, 0, 0, 0, 0x00010000, 3, 0x80000000, 0, 0, 0, 0x00010000, 3, 0x80000010).Bytes;
        PeFile pe = PeFile.FromBytes(data);
        Assert.True(pe.Resources.IsPresent);
        Assert.Empty(pe.Resources.Entries);
    }

    [Fact]
    public void Resource_levels_sharing_one_subdirectory_hit_the_visit_budget()
    {
        // Three nodes of 110 entries each: every entry points at the next node, leaves are empty,
        // so 110^3 entries would be visited without the global budget.
        const ushort n = 110;
        var b = new PeBuilder().Directory(2, 0x1000, 0xC00);
        uint[] nodes = [0x1000, 0x1400, 0x1800];
        for (int level = 0; level < 3; level++)
        {
            b.U32AtRva(nodes[level], 0, 0, 0, (uint)n << 16);
            for (uint i = 0; i < n; i++)
            {
                uint target = level < 2 ? 0x80000000 | (nodes[level + 1] - 0x1000) : 0xC00;
                b.U32AtRva(nodes[level] + 16 + (8 * i), i + 1, target);
            }
        }

        PeFile pe = PeFile.FromBytes(b.Bytes);
        Assert.Empty(pe.Resources.Entries);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.LimitReached);
    }

    [Fact]
    public void Zero_length_certificate_entry_is_reported()
    {
        byte[] data = new PeBuilder().Directory(4, 0x300, 0x40).Bytes;
        Assert.Contains(PeAnomalyCodes.BadCertificateTable, ReaderExercise.Codes(data));
    }

    [Fact]
    public void Garbage_signature_blob_is_reported_not_thrown()
    {
        var b = new PeBuilder().Directory(4, 0x300, 0x40).U32(0x300, 0x40).U16(0x304, 0x200).U16(0x306, 2);
        for (int i = 0x308; i < 0x340; i++)
        {
            b.Bytes[i] = 0x30;
        }

        PeFile pe = PeFile.FromBytes(b.Bytes);
        Assert.Single(pe.CertificateTable);
        Assert.Empty(pe.Signatures);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.BadSignature);
    }

    [Fact]
    public void Unterminated_tls_callbacks_are_capped()
    {
        var b = new PeBuilder().Directory(9, 0x1000, 24).U32AtRva(0x1000, 0, 0, 0x401100, 0x401100);
        for (uint rva = 0x1100; rva < 0x2000; rva += 4)
        {
            b.U32AtRva(rva, 0x401234);
        }

        PeFile pe = PeFile.FromBytes(b.Bytes);
        Assert.Equal(PeLimits.MaxTlsCallbacks, pe.Tls!.Callbacks.Count);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.BadTls);
    }

    [Fact]
    public void Clr_header_with_wrong_size_is_not_dotnet()
    {
        byte[] data = new PeBuilder().Directory(14, 0x1000, 72).U32AtRva(0x1000, 60).Bytes;
        DotNetFile net = DotNetFile.FromBytes(data);
        Assert.False(net.IsDotNet);
        Assert.Contains(net.Anomalies, a => a.Code == DotNetAnomalyCodes.BadClrHeader);
    }

    [Fact]
    public void Metadata_with_huge_row_counts_is_bounded_by_the_stream()
    {
        // BSJB root with a #~ stream declaring 2^32-1 TypeDef rows in a 64-byte stream.
        var b = new PeBuilder().Directory(14, 0x1000, 72).U32AtRva(0x1000, 72, 0x00050002, 0x1100, 0x200);
        b.U32AtRva(0x1100, 0x424A5342, 0x00010001, 0, 4).Text(0x1110, "v4.").U32AtRva(0x1114, 0x00010000);
        b.U32AtRva(0x1118, 0x40, 0x40).Text(0x1120, "#~");
        b.U32AtRva(0x1140, 0, 0x0002, 0x4, 0, 0, 0, 0xFFFFFFFF);
        DotNetFile net = DotNetFile.FromBytes(b.Bytes);
        Assert.True(net.IsDotNet);
        Assert.Equal(0xFFFFFFFFu, net.Tables!.RowCount(MetadataTable.TypeDef));
        Assert.True(net.TypeDefs.Count < 64);
        Assert.Contains(net.Anomalies, a => a.Code == DotNetAnomalyCodes.TooManyRows);
    }
}
