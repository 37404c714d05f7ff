using System.Text;
using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.DotNet;

public class DotNetFileTests
{
    private const string Satellite = "0ca09bde7602769120fadc4f7a4147347a7a97271370583586c9e587fd396171";

    [Fact]
    public void Satellite_assembly_matches_the_corpus_cases()
    {
        DotNetFile net = DotNetFile.FromFile(TestFiles.Corpus(Satellite));
        Assert.True(net.IsDotNet);
        Assert.Equal("v2.0.50727", net.MetadataVersion);
        Assert.Equal("hpjsoaputility.Sv.resources", net.Assembly!.Name);
        Assert.Equal("hpjsoaputility.Sv.resources.dll", net.Module!.Name);
        Assert.Equal(["#~", "#Strings", "#US", "#GUID", "#Blob"], net.Streams.Select(s => s.Name));
        Assert.Equal(["3764d539-e21a-4366-bc7c-b56fa67efbb0"], net.GuidStrings);
        DotNetResource resource = Assert.Single(net.Resources);
        Assert.Equal(724, resource.DataOffset);
        Assert.Equal(180u, resource.Length);
        Assert.Equal("hpjsoaputility.XmlStreamSoapExtension.pt.resources", resource.Name);
        Assert.Equal("pt", net.Assembly.Culture);
        Assert.Equal("mscorlib", Assert.Single(net.AssemblyRefs).Name);
        Assert.Empty(net.Anomalies);
    }

    [Fact]
    public void Misaligned_guid_heap_is_still_dotnet()
    {
        Assert.True(DotNetFile.FromFile(TestFiles.Corpus("dotnet_misaligned_guid")).IsDotNet);
    }

    [Fact]
    public void Native_file_is_not_dotnet()
    {
        DotNetFile net = DotNetFile.FromFile(TestFiles.Corpus("tiny"));
        Assert.False(net.IsDotNet);
        Assert.Empty(net.TypeDefs);
        Assert.Null(net.Assembly);
    }

    [Fact]
    public void Runtime_assembly_reads_cleanly_with_decoded_attributes()
    {
        DotNetFile net = DotNetFile.FromFile(TestFiles.Runtime("System.Linq.dll"));
        Assert.Equal("System.Linq", net.Assembly!.Name);
        Assert.Equal("v4.0.30319", net.MetadataVersion);
        Assert.Contains(net.AssemblyRefs, r => r.Name == "System.Runtime");
        Assert.Contains(net.TypeDefs, t => t.FullName == "System.Linq.Enumerable");
        Assert.Contains(net.Methods, m => m.Name == "Where");
        Assert.Contains(net.TypeRefs, t => t.FullName == "System.Object");
        DotNetCustomAttribute title = net.FindAttributes("AssemblyTitleAttribute").Single();
        Assert.Equal("System.Linq", title.FixedArguments[0].Value);
        Assert.All(net.CustomAttributes, a => Assert.Null(a.DecodeError));
        Assert.Equal(0, net.Heaps.BadIndexes);
        Assert.Empty(net.Anomalies);
    }

    [Fact]
    public void Every_shared_runtime_assembly_reads_without_anomalies()
    {
        var options = new PeReaderOptions { VerifyAuthenticodeDigest = false };
        string[] files = Directory.GetFiles(TestFiles.RuntimeDirectory!, "*.dll");
        Assert.True(files.Length > 100);
        foreach (string file in files)
        {
            PeFile pe = PeFile.FromFile(file, options);
            DotNetFile net = DotNetFile.FromPe(pe);
            _ = (pe.Imports, pe.Exports, pe.Resources, pe.Debug, pe.Signatures, net.Classes, net.CustomAttributes, net.Resources, net.UserStrings);
            Assert.True(net.IsDotNet, file);
            Assert.Empty(pe.Anomalies.Concat(net.Anomalies).Select(a => $"{Path.GetFileName(file)}: {a}"));
        }
    }

    [Fact]
    public void Confuser_watermark_is_decoded_from_a_module_defined_attribute()
    {
        DotNetFile net = DotNetFile.FromBytes(EmittedAssemblies.ConfuserWatermarked);
        Assert.True(net.IsDotNet);
        DotNetCustomAttribute watermark = net.FindAttributes("ConfusedByAttribute").Single();
        Assert.Equal(MetadataTable.Module, watermark.ParentTable);
        Assert.Equal("ConfuserEx v1.0.0", Assert.Single(watermark.FixedArguments).Value);
        Assert.Equal("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", net.Typelib);
        Assert.Equal(new DotNetVersion(1, 2, 3, 4), net.Assembly!.Version);
        Assert.Contains(net.UserStrings, s => s.Value == "hello from a user string");
        DotNetConstant constant = Assert.Single(net.Constants, c => c.ElementType == 0x0E);
        Assert.Equal("constant-marker", Encoding.Unicode.GetString(constant.Value.Span));
        DotNetCustomAttribute metadata = net.FindAttributes("AssemblyMetadataAttribute").Single();
        Assert.Equal(["key", "value"], metadata.FixedArguments.Select(a => (string?)a.Value));
        CustomAttributeArgument boxed = Assert.Single(net.FindAttributes("DefaultValueAttribute").Single().FixedArguments);
        Assert.Equal(["boxed", "array"], ((IReadOnlyList<CustomAttributeArgument>)boxed.Value!).Select(a => (string?)a.Value));
        Assert.Contains(net.Methods, m => m.Name == "Greet" && m.IsStatic && net.TypeDefs[(int)m.DeclaringTypeRid - 1].FullName == "Sample.Program");
    }

    [Fact]
    public void Duplicate_streams_are_recorded_and_selected_per_policy()
    {
        byte[] data = File.ReadAllBytes(TestFiles.Corpus(Satellite));
        int at = data.AsSpan().IndexOf("#GUID\0"u8);
        "#Blob"u8.CopyTo(data.AsSpan(at));
        var runtime = DotNetFile.FromBytes(data);
        var yara = DotNetFile.FromBytes(data, new DotNetReaderOptions { StreamSelection = MetadataStreamSelection.Yara });
        Assert.Equal(2, runtime.Streams.Count(s => s.Name == "#Blob"));
        Assert.Contains("#Blob x2", runtime.OddStreams);
        Assert.Contains(runtime.Anomalies, a => a.Code == DotNetAnomalyCodes.DuplicateStream);
        Assert.Same(runtime.Streams.Last(s => s.Name == "#Blob"), runtime.BlobStream);
        Assert.Same(yara.Streams.First(s => s.Name == "#Blob"), yara.BlobStream);
        Assert.Null(runtime.GuidStream);
        Assert.Null(runtime.Module!.Mvid);
        Assert.Equal("hpjsoaputility.Sv.resources", runtime.Assembly!.Name);
    }

    [Fact]
    public void Anomalies_reach_a_caller_listener()
    {
        byte[] data = File.ReadAllBytes(TestFiles.Corpus(Satellite));
        int at = data.AsSpan().IndexOf("#GUID\0"u8);
        "#Blob"u8.CopyTo(data.AsSpan(at));
        var collector = new Semitori.Formats.Common.AnomalyCollector();
        DotNetFile.FromBytes(data, new DotNetReaderOptions { AnomalyListener = collector });
        Assert.Contains(collector.Items, a => a.Code == DotNetAnomalyCodes.DuplicateStream);
    }

    [Fact]
    public void Throwing_listener_surfaces_the_first_anomaly()
    {
        var options = new PeReaderOptions { AnomalyListener = Semitori.Formats.Common.ThrowingAnomalyListener.Instance };
        Assert.Throws<InvalidDataException>(() => PeFile.FromBytes(new byte[10], options));
    }
}
