using System.Globalization;
using Semitori.Formats.Pe;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.Pe;

/// <summary>Reader values on a DLL built from source with mingw-w64, cross-checked with yara when installed.</summary>
public class MingwPeTests(MingwFixture fixture) : IClassFixture<MingwFixture>
{
    private PeFile Load() => PeFile.FromFile(fixture.DllPath!);

    [MingwFact]
    public void Exports_by_name_by_ordinal_and_forwarded()
    {
        ExportDirectory exports = Load().Exports;
        Assert.Equal("fixture.dll", exports.DllName);
        Assert.Contains(exports.Functions, f => f.Name == "Alpha" && !f.IsForwarder && f.Offset.HasValue);
        Assert.Contains(exports.Functions, f => f.Name == "Beta" && f.Ordinal == 7);
        Assert.Contains(exports.Functions, f => f.Name is null && f.Ordinal == 9);
        Assert.Contains(exports.Functions, f => f.Name == "ForwardedSleep" && f.ForwarderName == "kernel32.Sleep" && f.Offset is null);
    }

    [MingwFact]
    public void By_ordinal_import_from_ws2_32_is_named_for_the_imphash()
    {
        PeFile pe = Load();
        ImportedFunction closesocket = pe.Imports.Single(l => l.Name == "ws2_32.dll").Functions.Single();
        Assert.Equal((ushort)3, closesocket.Ordinal);
        Assert.Equal("closesocket", closesocket.Name);
        Assert.Contains(pe.Imports, l => l.Name == "KERNEL32.dll" && l.Functions.Any(f => f.Name == "GetTickCount"));
        Assert.Matches("^[0-9a-f]{32}$", pe.Imphash);
    }

    [MingwFact]
    public void Version_resource_tls_and_headers()
    {
        PeFile pe = Load();
        Assert.Equal("Semitori Test Fixtures", pe.Resources.GetVersionString("CompanyName"));
        Assert.Equal("1.2.3.4", pe.Resources.GetVersionString("FileVersion"));
        Assert.Contains(pe.Resources.Entries, r => r.TypeId == 16 && r.LanguageId == 0x409);
        Assert.True(pe.IsDll);
        Assert.True(pe.Is64Bit);
        Assert.NotEmpty(pe.Tls!.Callbacks);
        Assert.All(pe.Tls.Callbacks, va => Assert.NotNull(pe.GetSectionByRva(va - pe.OptionalHeader!.ImageBase)));
        Assert.Contains(pe.Sections, s => s.Name.StartsWith('/') && s.FullName.StartsWith(".debug", StringComparison.Ordinal));
        Assert.Null(pe.RichHeader);
        Assert.Empty(pe.Anomalies);
    }

    [MingwFact]
    public void Values_agree_with_the_reference_yara()
    {
        if (!Tools.HasYara)
        {
            return;
        }

        PeFile pe = Load();
        IReadOnlyList<string> yara = Tools.YaraValues(fixture.DllPath!,
            "pe.imphash()", "pe.number_of_exports", "pe.number_of_imports", "pe.number_of_imported_functions",
            "pe.calculate_checksum()", "pe.entry_point", "pe.number_of_resources", "pe.export_details[2].forward_name");
        string[] ours =
        [
            pe.Imphash!, Str(pe.Exports.Functions.Count), Str(pe.Imports.Count), Str(pe.NumberOfImportedFunctions),
            Str(pe.ComputedChecksum!.Value), Str(pe.EntryPointOffset!.Value), Str(pe.Resources.Entries.Count), pe.Exports.Functions[2].ForwarderName!,
        ];
        Assert.Equal(ours, yara);
    }

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);
}
