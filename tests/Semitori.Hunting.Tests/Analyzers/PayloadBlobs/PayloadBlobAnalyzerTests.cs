using Semitori.Formats.Tests.Support;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Analyzers.PayloadBlobs;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Tests.Analyzers.PayloadBlobs;

/// <summary>
/// The payload-blob analyzer: random bytes beside a loader DLL that names them (and imports the
/// Cicada loader's file APIs) are an alert; beside a DLL that does not name them, a notice; the
/// same bytes behind a container header, low-entropy data, a blob without a DLL neighbour, short
/// and PE files are clean.
/// </summary>
public sealed class PayloadBlobAnalyzerTests(PayloadFixtures fixtures) : IClassFixture<PayloadFixtures>
{
    private readonly PayloadBlobAnalyzer _analyzer = new();

    [MingwFact]
    public void Blob_named_by_a_loader_beside_a_side_loading_host_is_an_apt10_alert()
    {
        string dir = fixtures.Folder("chain", [("payload.dat", PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 1))], (fixtures.Loader!, "loader.dll"), (fixtures.Host!, "vlc.exe"));
        Finding f = Assert.Single(Analyze(Path.Combine(dir, "payload.dat")));
        Assert.Equal("analyzer:payload-blob", f.Source);
        Assert.Equal("Payload_Blob_SideLoading_Chain", f.Rule);
        Assert.Equal(PayloadBlobAnalyzer.BesideDllScore + PayloadBlobAnalyzer.NameReferencedBonus + PayloadBlobAnalyzer.LoaderApiBonus + PayloadBlobAnalyzer.SideLoadingHostBonus, f.Score);
        Assert.Equal(FindingLevel.Alert, f.Level);
        Assert.Equal(["T1027.013", "T1106", "T1574.001"], f.Attack);
        Assert.Equal("APT10", f.Actor);
        Assert.Contains(f.References, r => r.StartsWith("https://symantec-enterprise-blogs.security.com/", StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.Contains("names 'payload.dat' as UTF-16LE", StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.Contains("GetModuleFileNameW, CreateFileW, ReadFile", StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.StartsWith("side-loading host " + Path.Combine(dir, "vlc.exe"), StringComparison.Ordinal));
        Assert.True(double.Parse(f.Details!["entropy"], System.Globalization.CultureInfo.InvariantCulture) >= PayloadBlobAnalyzer.MinEntropy);
    }

    [MingwFact]
    public void Blob_named_by_a_loader_without_a_host_is_a_warning_without_actor()
    {
        string dir = fixtures.Folder("named", [("payload.dat", PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 1))], (fixtures.Loader!, "loader.dll"));
        Finding f = Assert.Single(Analyze(Path.Combine(dir, "payload.dat")));
        Assert.Equal("Payload_Blob_Named_By_Loader", f.Rule);
        Assert.Equal(PayloadBlobAnalyzer.BesideDllScore + PayloadBlobAnalyzer.NameReferencedBonus + PayloadBlobAnalyzer.LoaderApiBonus, f.Score);
        Assert.Equal(FindingLevel.Warning, f.Level);
        Assert.Equal(["T1027.013", "T1106"], f.Attack);
        Assert.Equal(string.Empty, f.Actor);
    }

    [MingwFact]
    public void Host_in_its_install_folder_does_not_complete_the_chain()
    {
        string dir = fixtures.Folder("Program Files/VideoLAN/VLC", [("payload.dat", PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 1))], (fixtures.Loader!, "loader.dll"), (fixtures.Host!, "vlc.exe"));
        Finding f = Assert.Single(Analyze(Path.Combine(dir, "payload.dat")));
        Assert.Equal("Payload_Blob_Named_By_Loader", f.Rule);
        Assert.Equal(string.Empty, f.Details!["sideLoadingHost"]);
    }

    [MingwFact]
    public void Blob_beside_a_dll_that_does_not_name_it_is_a_notice()
    {
        string dir = fixtures.Folder("unnamed", [("cache.bin", PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 2))], (fixtures.Plain!, "plain.dll"));
        Finding f = Assert.Single(Analyze(Path.Combine(dir, "cache.bin")));
        Assert.Equal("Payload_Blob_Beside_Dll", f.Rule);
        Assert.Equal(PayloadBlobAnalyzer.BesideDllScore, f.Score);
        Assert.Equal(FindingLevel.Notice, f.Level);
        Assert.Equal(["T1027.013"], f.Attack);
        Assert.Equal(string.Empty, f.Actor);
    }

    [MingwFact]
    public void Containers_low_entropy_short_and_pe_files_beside_the_loader_are_clean()
    {
        byte[] random = PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 3);
        string dir = fixtures.Folder("lookalikes",
            [
                ("payload.png", PayloadFixtures.Png(random)),
                ("payload.zip", PayloadFixtures.Zip(random)),
                ("payload.txt", PayloadFixtures.Text(PayloadFixtures.BlobLength)),
                ("short.dat", random[..(PayloadBlobAnalyzer.MinLength - 1)]),
            ],
            (fixtures.Loader!, "loader.dll"), (fixtures.Plain!, "payload.dat"));
        foreach (string name in new[] { "payload.png", "payload.zip", "payload.txt", "short.dat", "payload.dat", "loader.dll" })
        {
            Assert.Empty(Analyze(Path.Combine(dir, name)));
        }

        Assert.True(ByteStatistics.Of(PayloadFixtures.Png(random)).Entropy >= PayloadBlobAnalyzer.MinEntropy, "the PNG look-alike must be high-entropy");
    }

    [MingwFact]
    public void Blob_with_no_dll_neighbour_is_clean()
    {
        string dir = fixtures.Folder("alone", [("payload.dat", PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 4)), ("readme.txt", PayloadFixtures.Text(100)), ("fake.dll", PayloadFixtures.Text(5000))]);
        Assert.Empty(Analyze(Path.Combine(dir, "payload.dat")));
    }

    [Fact]
    public void Statistics_separate_random_bytes_from_text_and_skewed_data()
    {
        ByteStatistics random = ByteStatistics.Of(PayloadFixtures.RandomBytes(PayloadBlobAnalyzer.MinLength, 5));
        Assert.InRange(random.Entropy, PayloadBlobAnalyzer.MinEntropy, 8.0);
        Assert.InRange(random.ChiSquare, 150, PayloadBlobAnalyzer.MaxChiSquare);

        ByteStatistics text = ByteStatistics.Of(PayloadFixtures.Text(PayloadBlobAnalyzer.MinLength));
        Assert.True(text.Entropy < 5);

        // Bytes 0-191 only: 7.58 bits/byte, far from uniform.
        byte[] skewed = PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 6).Select(b => (byte)(b % 192)).ToArray();
        ByteStatistics s = ByteStatistics.Of(skewed);
        Assert.True(s.Entropy < PayloadBlobAnalyzer.MinEntropy && s.ChiSquare > PayloadBlobAnalyzer.MaxChiSquare);
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08 }, "gzip")]
    [InlineData(new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C }, "7z")]
    [InlineData(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01 }, "rar")]
    [InlineData(new byte[] { 0x4D, 0x53, 0x43, 0x46 }, "cab")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "jpeg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "gif")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "pdf")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "OLE/CFB")]
    [InlineData(new byte[] { 0x78, 0x9C }, "zlib")]
    public void Container_headers_are_recognised(byte[] magic, string expected)
    {
        byte[] head = [.. magic, .. PayloadFixtures.RandomBytes(64, 7)];
        Assert.Equal(expected, ContainerSignatures.Identify(head, 10_000));
    }

    [Fact]
    public void Der_is_recognised_only_when_its_length_fits_the_file()
    {
        byte[] der = [0x30, 0x82, 0x10, 0x00, .. PayloadFixtures.RandomBytes(0x1000, 8)];
        Assert.NotNull(ContainerSignatures.Identify(der, der.Length));
        Assert.Null(ContainerSignatures.Identify(der, 100_000));
        Assert.Null(ContainerSignatures.Identify(PayloadFixtures.RandomBytes(64, 9), 10_000));
    }

    [Fact]
    public void Name_search_finds_ascii_and_utf16_ignoring_case_and_skips_short_names()
    {
        byte[] data = [.. "xxPAYLOAD.DATyy"u8, .. System.Text.Encoding.Unicode.GetBytes("zz data.bin")];
        Assert.Equal((2L, "ASCII"), NameReference.Find(data, "payload.dat"));
        Assert.Equal("UTF-16LE", NameReference.Find(data, "data.bin")!.Value.Encoding);
        Assert.Null(NameReference.Find(data, "other.dat"));
        Assert.Null(NameReference.Find("a.bin"u8.ToArray(), "a.bi"));
    }

    [MingwFact]
    public void Mutated_blobs_and_loaders_never_throw()
    {
        byte[] loader = File.ReadAllBytes(fixtures.Loader!);
        var random = new Random(12);
        string dir = fixtures.Folder("mutants", [("payload.dat", PayloadFixtures.RandomBytes(PayloadFixtures.BlobLength, 10))]);
        for (int i = 0; i < 40; i++)
        {
            byte[] bytes = i % 2 == 0 ? loader[..random.Next(loader.Length)] : Exports.ExportNameAnalyzerTests.Mutate(loader, random);
            File.WriteAllBytes(Path.Combine(dir, "loader.dll"), bytes);
            _ = Analyze(Path.Combine(dir, "payload.dat"));
        }

        _ = _analyzer.Analyze(new FileSubject("empty", Array.Empty<byte>())).ToList();
    }

    private List<Finding> Analyze(string path) => _analyzer.Analyze(FolderSubjects.Of(path)).ToList();
}
