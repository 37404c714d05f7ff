using System.Globalization;
using Semitori.Formats.Pe;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.Pe;

/// <summary>
/// Header and directory values of real PE files against the reference yara CLI (4.2.3 here), read
/// through its console module. The full differential suite belongs to the YARA module; this pins
/// the reader values that module will project. Returns early when yara is not installed.
/// </summary>
public class YaraCrossCheckTests
{
    public static TheoryData<string> Files => new()
    {
        "corpus:tiny", "corpus:mtxex.dll", "corpus:pe_imports", "corpus:ChipTune.efi", "corpus:pe_mingw",
        "corpus:079a472d22290a94ebb212aa8015cdc8dd28a968c6b4d3b88acdd58ce2d3b885",
        "corpus:3b8b90159fa9b6048cc5410c5d53f116943564e4d05b04a843f9b3d0540d0c1c",
        "corpus:ca21e1c32065352d352be6cde97f89c141d7737ea92434831f998080783d5386",
        "runtime:System.Linq.dll", "runtime:libclrjit.so", "runtime:System.Private.CoreLib.dll",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Values_agree_with_yara(string file)
    {
        string path = file.StartsWith("corpus:", StringComparison.Ordinal) ? TestFiles.Corpus(file[7..]) : TestFiles.Runtime(file[8..]);
        PeFile pe = PeFile.FromFile(path);
        if (!Tools.HasYara || !pe.IsPe)
        {
            Assert.False(pe.IsPe && Tools.HasYara);
            return;
        }

        (string Expression, string Value)[] pairs =
        [
            ("pe.number_of_sections", Str(pe.Sections.Count)),
            ("pe.entry_point", Str(pe.EntryPointOffset ?? -1)),
            ("pe.imphash()", pe.Imphash!),
            ("pe.number_of_imports", Str(pe.Imports.Count)),
            ("pe.number_of_imported_functions", Str(pe.NumberOfImportedFunctions)),
            ("pe.number_of_delayed_imports", Str(pe.DelayImports.Count)),
            ("pe.number_of_exports", Str(pe.Exports.Functions.Count)),
            ("pe.calculate_checksum()", Str(pe.ComputedChecksum!.Value)),
            ("pe.overlay.size", Str(pe.Overlay.Size)),
            ("pe.number_of_resources", Str(pe.Resources.Entries.Count)),
            ("pe.number_of_version_infos", Str(pe.Resources.VersionInfo.Count)),
            ("pe.number_of_signatures", Str(pe.Signatures.Count)),
        ];
        if (pe.EntryPointOffset is null)
        {
            pairs = pairs.Where(p => p.Expression != "pe.entry_point").ToArray();
        }

        IReadOnlyList<string> yara = Tools.YaraValues(path, pairs.Select(p => p.Expression).ToArray());
        Assert.Equal(pairs.Select(p => $"{p.Expression} = {p.Value}"), pairs.Select((p, i) => $"{p.Expression} = {yara[i]}"));
    }

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);
}
