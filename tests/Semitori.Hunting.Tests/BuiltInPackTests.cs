using System.Text;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Sweep;

namespace Semitori.Hunting.Tests;

/// <summary>
/// The built-in pack on benign synthetic files: each artifact class is found with its score
/// band, ATT&amp;CK id, actor and source; look-alikes (the same words outside a PE file, or
/// half of a marker) stay clean.
/// </summary>
public sealed class BuiltInPackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("semitori-pack-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("fyanti.dll", "FuckYouAnti", "Cicada_FYAnti_ThirdStage_Export", FindingLevel.Alert, "S0628")]
    [InlineData("loader.exe", "ConfusedByAttribute\0ConfuserEx v1.0.0", "Cicada_ConfuserEx_v1_0_0_Watermark", FindingLevel.Warning, "T1027.002")]
    [InlineData("client.exe", "Quasar.Common.Messages\0DoShellExecute\0GetPasswordsResponse\0", "Cicada_QuasarRAT_v14_Client", FindingLevel.Alert, "S0262")]
    [InlineData("xclient.exe", "xClient.Core.Packets\0DoShellExecute\0GetKeyloggerLogsResponse\0", "Cicada_QuasarRAT_xClient_v10_v13", FindingLevel.Warning, "S0262")]
    [InlineData("mimi.exe", "Client.MimikatzTools\0Quasar.Common\0", "Cicada_QuasarRAT_Mimikatz_Variant", FindingLevel.Alert, "T1003.001")]
    public void Each_artifact_class_is_found_and_explained(string name, string marker, string rule, FindingLevel level, string attack)
    {
        WritePe(name, marker);
        Finding f = Assert.Single(Sweep(), x => x.Rule == rule);
        Assert.Equal(level, f.Level);
        Assert.Contains(attack, f.Attack);
        Assert.Equal("APT10", f.Actor);
        Assert.Equal("Semitori", f.Author);
        Assert.NotEmpty(f.References);
        Assert.All(f.References, r => Assert.StartsWith("https://", r));
        Assert.NotEmpty(f.Evidence);
        Assert.Equal("semitori:cicada", f.Source);
    }

    [Fact]
    public void Look_alikes_stay_clean()
    {
        // The words in a text file (a report about the actor), a marker half present, a PE without markers.
        File.WriteAllText(Path.Combine(_dir, "report.txt"), "The third stage exports FuckYouAnti; the loader is ConfuserEx v1.0.0 packed QuasarRAT.");
        WritePe("only-version.exe", "ConfuserEx v1.0.0");
        WritePe("quasar-namespace-only.exe", "Quasar.Common.Messages");
        WritePe("anti.dll", "FuckYouAntivirus");
        WritePe("clean.exe", "Hello world");
        Assert.Empty(Sweep());
    }

    private List<Finding> Sweep()
    {
        LoadedRules rules = RuleSetLoader.Load([], includeBuiltIn: true);
        Assert.DoesNotContain(rules.Diagnostics, d => d.IsError);
        var findings = new List<Finding>();
        var errors = new List<string>();
        new FileSweep(rules, [], new SweepOptions { Threads = 2 }).Run([_dir], v => { lock (findings) { findings.AddRange(v.Findings); } }, (p, m) => errors.Add(p + m));
        Assert.Empty(errors);
        return findings;
    }

    /// <summary>A minimal PE-shaped file: MZ, e_lfanew at 0x40, "PE\0\0", then the marker bytes.</summary>
    private void WritePe(string name, string marker)
    {
        var data = new byte[512];
        data[0] = (byte)'M';
        data[1] = (byte)'Z';
        data[0x3C] = 0x40;
        "PE\0\0"u8.CopyTo(data.AsSpan(0x40));
        Encoding.ASCII.GetBytes(marker).CopyTo(data, 0x100);
        File.WriteAllBytes(Path.Combine(_dir, name), data);
    }
}
