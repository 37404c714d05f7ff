using Semitori.Formats.Pe;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.Pe;

/// <summary>Reader values that the YARA corpus cases (feature pe, verified against yara 4.2.3) pin.</summary>
public class CorpusPeTests
{
    private static PeFile Load(string name) => PeFile.FromFile(TestFiles.Corpus(name));

    [Fact]
    public void Tiny_headers_match_the_corpus_cases()
    {
        PeFile pe = Load("tiny");
        Assert.True(pe.IsPe);
        Assert.Equal(7, pe.Sections.Count);
        Assert.Equal(0x14E0, pe.EntryPointOffset);
        Assert.Equal(2, pe.OptionalHeader!.MajorLinkerVersion);
        Assert.Equal(26, pe.OptionalHeader.MinorLinkerVersion);
        Assert.Equal(0xA8DCu, pe.OptionalHeader.CheckSum);
        Assert.Equal(pe.OptionalHeader.CheckSum, pe.ComputedChecksum);
        Assert.True(pe.Is32Bit);
        Assert.False(pe.Is64Bit);
        Assert.Equal(new Overlay(0, 0), pe.Overlay);
        Assert.Equal([".text", ".data", ".rdata", ".bss", ".idata", ".CRT", ".tls"], pe.Sections.Select(s => s.Name));
        Assert.All(pe.Sections, s => Assert.Equal(s.Name, s.FullName));
        Assert.Equal(0, pe.IndexOfSection(".text"));
        Assert.Equal(0, pe.IndexOfSectionContainingOffset(pe.EntryPointOffset!.Value));
    }

    [Fact]
    public void Tiny_imports_and_imphash_match_the_corpus_cases()
    {
        PeFile pe = Load("tiny");
        Assert.Equal(2, pe.Imports.Count);
        Assert.Equal(48, pe.NumberOfImportedFunctions);
        Assert.Contains(pe.Imports, l => l.Name == "KERNEL32.dll" && l.Functions.Any(f => f.Name == "DeleteCriticalSection"));
        Assert.Equal(4, pe.Imports.SelectMany(l => l.Functions).Count(f => f.Name.EndsWith("CriticalSection", StringComparison.Ordinal)));
        Assert.Equal(21, pe.Imports.Where(l => l.Name.Equals("kernel32.dll", StringComparison.OrdinalIgnoreCase)).Sum(l => l.Functions.Count));
        Assert.Equal("1720bf764274b7a4052bbef0a71adc0d", pe.Imphash);
        Assert.Empty(pe.DelayImports);
    }

    [Fact]
    public void Idata_variants_keep_their_imports_and_break_the_checksum()
    {
        PeFile pe = Load("tiny-idata-51ff");
        Assert.Contains(pe.Imports, l => l.Name == "KERNEL32.dll" && l.Functions.Any(f => f.Name == "DeleteCriticalSection"));
        Assert.NotEqual(pe.OptionalHeader!.CheckSum, pe.ComputedChecksum);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.ChecksumMismatch);
    }

    [Fact]
    public void Delay_imports_are_separate_from_regular_imports()
    {
        PeFile pe = Load("pe_imports");
        Assert.Single(pe.DelayImports);
        Assert.Equal(2, pe.NumberOfDelayImportedFunctions);
        Assert.Contains(pe.DelayImports, l => l.Name == "USER32.dll" && l.Functions.Any(f => f.Name == "MessageBoxA"));
        Assert.DoesNotContain(pe.DelayImports.SelectMany(l => l.Functions), f => f.Name.EndsWith("CriticalSection", StringComparison.Ordinal));
        Assert.Contains(pe.Imports, l => l.Name == "KERNEL32.dll" && l.Functions.Any(f => f.Name == "DeleteCriticalSection"));
    }

    [Fact]
    public void Mtxex_exports_entry_point_and_resources()
    {
        PeFile pe = Load("mtxex.dll");
        Assert.Equal(0x1380u, pe.OptionalHeader!.AddressOfEntryPoint);
        Assert.True(pe.IsDll);
        ExportDirectory exports = pe.Exports;
        // pe.exports() compares names case-insensitively.
        Assert.Contains(exports.Functions, f => string.Equals(f.Name, "saferef", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("COMSVCS.SafeRef", exports.Functions[3].ForwarderName);
        Assert.Contains(exports.Functions, f => f.Ordinal == 4);
        int index = exports.Functions.ToList().FindIndex(f => f.Name == "MTSCreateActivity");
        Assert.Equal(2, index);
        Assert.Equal(3u, exports.Functions[2].Ordinal);
        Assert.Contains(pe.Resources.Entries, r => r.LanguageId == 0x0409);
    }

    [Fact]
    public void Modified_resource_rva_is_reported_as_stored()
    {
        PeFile pe = Load("mtxex_modified_rsrc_rva.dll");
        Assert.Single(pe.Resources.Entries);
        Assert.Equal(5462081u, pe.Resources.Entries[0].Rva);
        Assert.Equal(888u, pe.Resources.Entries[0].Size);
    }

    [Fact]
    public void Overlay_of_tiny_overlay()
    {
        Assert.Equal(new Overlay(0x8000, 7), Load("tiny-overlay").Overlay);
    }

    [Fact]
    public void Pdb_paths_from_codeview_records()
    {
        Assert.Equal(@"D:\workspace\2018_R9_RelBld\target\checkout\custprof\Release\custprof.pdb",
            Load("079a472d22290a94ebb212aa8015cdc8dd28a968c6b4d3b88acdd58ce2d3b885").Debug.PdbPath);
        Assert.Equal("/Users/runner/work/OpenCorePkg/OpenCorePkg/UDK/Build/OpenCorePkg/DEBUG_XCODE5/X64/OpenCorePkg/Application/ChipTune/ChipTune/DEBUG/ChipTune.dll",
            Load("ChipTune.efi").Debug.PdbPath);
    }

    [Fact]
    public void Rich_header_records_of_a_msvc_binary()
    {
        RichHeader rich = Load("079a472d22290a94ebb212aa8015cdc8dd28a968c6b4d3b88acdd58ce2d3b885").RichHeader!;
        Assert.Equal(1L, rich.Entries.Where(e => e.ToolId == 157 && e.Version == 40219).Sum(e => (long)e.Count));
        long imports = rich.Entries.Where(e => e.ToolId == 1 && e.Version == 0).Sum(e => (long)e.Count);
        Assert.InRange(imports, 41L, 44L);
        Assert.Contains(rich.Entries, e => e.Version == 30319);
        Assert.Equal(11u, (uint)rich.Entries.Where(e => e.Version == 40219 && e.ToolId == 170).Sum(e => (long)e.Count));
    }

    [Fact]
    public void Weird_rich_header_offsets_and_clear_data()
    {
        RichHeader rich = Load("weird_rich").RichHeader!;
        Assert.Equal(0x200, rich.Offset);
        Assert.Equal(64, rich.Length);
        Assert.Equal(0x9f1d8511u, rich.Key);
        Assert.Equal("DanS"u8.ToArray(), rich.ClearData[..4]);
        Assert.Equal(rich.RawData.Length, rich.ClearData.Length);
    }

    [Fact]
    public void Undersized_rich_header_does_not_fail()
    {
        PeFile pe = Load("undersized_rich");
        Assert.True(pe.IsPe);
        Assert.Empty(pe.RichHeader?.Entries ?? []);
    }

    [Fact]
    public void Version_info_strings_in_file_order()
    {
        PeFile pe = Load("079a472d22290a94ebb212aa8015cdc8dd28a968c6b4d3b88acdd58ce2d3b885");
        Assert.True(pe.Resources.VersionInfo.Count > 2);
        Assert.Contains(new VersionInfoEntry("FileVersion", "27.1.9.33"), pe.Resources.VersionInfo);
        PeFile empty = Load("ca21e1c32065352d352be6cde97f89c141d7737ea92434831f998080783d5386");
        Assert.Equal(12, empty.Resources.VersionInfo.Count);
        Assert.Equal(string.Empty, empty.Resources.GetVersionString("Comments"));
        Assert.Equal(string.Empty, empty.Resources.GetVersionString("CompanyName"));
    }

    [Fact]
    public void Mingw_long_section_names_come_from_the_string_table()
    {
        PeFile pe = Load("pe_mingw");
        Assert.Contains(pe.Sections, s => s.Name == "/4" && s.FullName == ".debug_aranges");
    }

    [Fact]
    public void Non_pe_input_is_not_pe_and_reports_why()
    {
        PeFile pe = Load("tiny-macho");
        Assert.False(pe.IsPe);
        Assert.Empty(pe.Sections);
        Assert.Empty(pe.Imports);
        Assert.Null(pe.Imphash);
        Assert.Contains(pe.Anomalies, a => a.Code == PeAnomalyCodes.NotMz);
    }

    [Fact]
    public void Import_details_of_an_msvc_binary()
    {
        PeFile pe = Load("079a472d22290a94ebb212aa8015cdc8dd28a968c6b4d3b88acdd58ce2d3b885");
        Assert.Contains(pe.Imports, l => l.Name == "MSVCR100.dll");
    }
}
