using System.Globalization;
using Semitori.Formats.DotNet;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.DotNet;

/// <summary>dotnet module values of real assemblies against the reference yara CLI (returns early without yara).</summary>
public class YaraDotNetCrossCheckTests
{
    public static TheoryData<string> Files => new()
    {
        "corpus:0ca09bde7602769120fadc4f7a4147347a7a97271370583586c9e587fd396171",
        "runtime:System.Linq.dll", "runtime:System.Runtime.dll", "runtime:System.Collections.dll",
        "runtime:System.Text.Json.dll", "runtime:Microsoft.CSharp.dll", "runtime:System.Private.Uri.dll",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Values_agree_with_yara(string file)
    {
        string path = file.StartsWith("corpus:", StringComparison.Ordinal) ? TestFiles.Corpus(file[7..]) : TestFiles.Runtime(file[8..]);
        DotNetFile net = DotNetFile.FromFile(path, new DotNetReaderOptions { StreamSelection = MetadataStreamSelection.Yara });
        Assert.True(net.IsDotNet);
        if (!Tools.HasYara)
        {
            return;
        }

        var pairs = new List<(string Expression, string Value)>
        {
            ("dotnet.version", net.MetadataVersion!),
            ("dotnet.module_name", net.Module!.Name!),
            ("dotnet.number_of_streams", Str(net.Streams.Count)),
            ("dotnet.number_of_guids", Str(net.Guids.Count)),
            ("dotnet.guids[0]", net.GuidStrings[0]),
            ("dotnet.assembly.name", net.Assembly!.Name!),
            ("dotnet.assembly.version.major", Str(net.Assembly.Version.Major)),
            ("dotnet.assembly.version.build_number", Str(net.Assembly.Version.Build)),
            ("dotnet.number_of_assembly_refs", Str(net.AssemblyRefs.Count)),
            ("dotnet.number_of_resources", Str(net.Resources.Count)),
            ("dotnet.number_of_user_strings", Str(net.UserStrings.Count)),
            ("dotnet.number_of_modulerefs", Str(net.ModuleRefs.Count)),
            ("dotnet.number_of_constants", Str(net.Constants.Count(c => c.ElementType == 0x0E))),
            ("dotnet.number_of_field_offsets", Str(net.FieldOffsets.Count)),
        };
        if (net.AssemblyRefs.Count > 0)
        {
            pairs.Add(("dotnet.assembly_refs[0].name", net.AssemblyRefs[0].Name!));
        }

        if (net.Resources.Count > 0)
        {
            pairs.Add(("dotnet.resources[0].name", net.Resources[0].Name!));
            pairs.Add(("dotnet.resources[0].offset", Str(net.Resources[0].DataOffset ?? -1)));
            pairs.Add(("dotnet.resources[0].length", Str(net.Resources[0].Length ?? 0)));
        }

        // yara 4.2.3 leaves a count undefined when its table or stream is absent; the reader says 0.
        IReadOnlyList<string> yara = Tools.YaraValues(path, pairs.Select(p => p.Expression).ToArray());
        Assert.Equal(pairs.Select(p => $"{p.Expression} = {p.Value}"), pairs.Select((p, i) => $"{p.Expression} = {(yara[i] == "<undefined>" && p.Value == "0" ? "0" : yara[i])}"));
    }

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);
}
