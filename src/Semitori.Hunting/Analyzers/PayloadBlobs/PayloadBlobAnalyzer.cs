using System.Globalization;
using Semitori.Formats.Pe;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Analyzers.SideLoading;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Analyzers.PayloadBlobs;

/// <summary>
/// Encrypted payload files beside their loader: a non-PE file whose bytes look uniformly random
/// (entropy and chi-square), that starts with no known container or media header, in a folder
/// holding a DLL. The Cicada loader reads an encrypted file next to its own module
/// (GetModuleFileName, lstrcat, CreateFile, ReadFile; dossier §5.2–§5.3) and Ecipekac/FYAnti keep
/// their next stage encrypted (§6.2, §6.5), so a DLL neighbour that names the blob, and imports
/// those APIs, raises the score. Only the whole documented chain — a side-loading host of the
/// actor (packs/cicada/analyzers/sideloading-hosts.json) outside its install folder, the loader DLL
/// naming the blob, the blob — reaches the alert band: each part alone also occurs in legitimate
/// software (encrypted licence or asset files read by a program's DLL).
/// </summary>
public sealed class PayloadBlobAnalyzer : IFileAnalyzer
{
    /// <summary>Smallest blob considered: below 4 KiB the entropy estimate is biased low and noisy.</summary>
    public const int MinLength = 4096;

    /// <summary>Bytes the statistics are computed over (the head of larger files).</summary>
    public const int MaxStatisticsBytes = 1 << 20;

    /// <summary>
    /// Entropy threshold in bits per byte. 4 KiB of uniform random bytes measure about 7.95 (the
    /// estimate is biased by ~255/(2·n·ln 2)); text, code and most data formats stay below 7.
    /// </summary>
    public const double MinEntropy = 7.9;

    /// <summary>
    /// Chi-square bound (255 degrees of freedom: mean 255, standard deviation 22.6); 400 is 6.4
    /// deviations, so ciphertext passes and compressed streams, whose byte frequencies are
    /// measurably uneven over larger sizes, mostly do not.
    /// </summary>
    public const double MaxChiSquare = 400;

    /// <summary>DLL neighbours whose bytes are searched for the blob's name.</summary>
    public const int MaxLoadersSearched = 16;

    /// <summary>Bytes read of a DLL neighbour.</summary>
    public const int MaxLoaderBytes = 16 << 20;

    public const int BesideDllScore = 45;
    public const int NameReferencedBonus = 15;
    public const int LoaderApiBonus = 10;
    public const int SideLoadingHostBonus = 10;

    /// <summary>Bytes of a neighbour read to see from its headers whether it is a PE DLL or program.</summary>
    public const int HeadBytes = 4096;

    private static readonly string[] References =
    [
        "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage",
        "https://attack.mitre.org/groups/G0045/",
        "https://securelist.com/apt10-sophisticated-multi-layered-loader-ecipekac-discovered-in-a41apt-campaign/101519/",
    ];

    private readonly SideLoadingHostTable _hosts;

    public PayloadBlobAnalyzer()
        : this(SideLoadingHostTable.BuiltIn)
    {
    }

    public PayloadBlobAnalyzer(SideLoadingHostTable hosts) => _hosts = hosts;

    public string Name => "payload-blob";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        ReadOnlySpan<byte> data = file.Data.Span;
        if (data.Length < MinLength || file.IsMz)
        {
            return [];
        }

        if (ContainerSignatures.Identify(data[..Math.Min(data.Length, ContainerSignatures.HeadBytes)], data.Length) is not null)
        {
            return [];
        }

        ByteStatistics stats = ByteStatistics.Of(data[..Math.Min(data.Length, MaxStatisticsBytes)]);
        if (stats.Entropy < MinEntropy || stats.ChiSquare > MaxChiSquare)
        {
            return [];
        }

        LoaderMatch? loader = FindLoader(file);
        return loader is null ? [] : [Create(file, stats, loader, FindHost(file))];
    }

    // A program named like a documented side-loading host, outside that host's install folders.
    private string? FindHost(FileSubject file)
    {
        string folder = InstallFolder.FolderOf(file.Path);
        foreach (Neighbour neighbour in file.Neighbours)
        {
            if (_hosts.FindHost(neighbour.Name) is { } host && !InstallFolder.Matches(folder, host.ExpectedFolders)
                && PeFile.FromBytes(neighbour.ReadHead(HeadBytes)) is { IsPe: true, IsDll: false })
            {
                return neighbour.Path;
            }
        }

        return null;
    }

    private static LoaderMatch? FindLoader(FileSubject file)
    {
        LoaderMatch? first = null;
        int searched = 0;
        foreach (Neighbour neighbour in file.Neighbours)
        {
            if (!neighbour.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || neighbour.Path == file.Path)
            {
                continue;
            }

            if (++searched > MaxLoadersSearched)
            {
                break;
            }

            // The headers decide first, so only real DLLs are read in full.
            if (PeFile.FromBytes(neighbour.ReadHead(HeadBytes)) is not { IsPe: true, IsDll: true })
            {
                continue;
            }

            byte[] bytes = neighbour.ReadHead(MaxLoaderBytes);
            PeFile pe = PeFile.FromBytes(bytes);

            (long Offset, string Encoding)? reference = NameReference.Find(bytes, file.Name);
            var match = new LoaderMatch(neighbour.Path, reference, reference is null ? [] : LoaderApis(pe));
            if (reference is not null)
            {
                return match;
            }

            first ??= match;
        }

        return first;
    }

    // The file-reading API set of the Cicada loader; both ANSI and wide forms count.
    private static List<string> LoaderApis(PeFile pe)
    {
        var names = pe.Imports.Concat(pe.DelayImports).SelectMany(l => l.Functions).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        string? Pick(params string[] options) => options.FirstOrDefault(names.Contains);
        string?[] found = [Pick("GetModuleFileNameW", "GetModuleFileNameA"), Pick("CreateFileW", "CreateFileA"), Pick("ReadFile")];
        return found.All(f => f is not null) ? found.Select(f => f!).ToList() : [];
    }

    private Finding Create(FileSubject file, ByteStatistics stats, LoaderMatch loader, string? host)
    {
        bool named = loader.Reference is not null;
        bool apis = loader.Apis.Count > 0;
        bool chain = named && host is not null;
        int score = BesideDllScore + (named ? NameReferencedBonus : 0) + (apis ? LoaderApiBonus : 0) + (chain ? SideLoadingHostBonus : 0);
        var evidence = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"entropy {stats.Entropy:F3} bits/byte, chi-square {stats.ChiSquare:F0} over {stats.Count} of {file.Length} bytes (random-looking: ≥ {MinEntropy}, ≤ {MaxChiSquare})"),
            "no container or media header (zip, gzip, 7z, rar, cab, png, jpeg, gif, pdf, OLE, DER, …)",
            named
                ? $"loader {loader.Path} names '{file.Name}' as {loader.Reference!.Value.Encoding} at 0x{loader.Reference.Value.Offset:X}"
                : $"beside DLL {loader.Path} (which does not name this file)",
        };
        if (apis)
        {
            evidence.Add($"loader imports {string.Join(", ", loader.Apis)}: reads a file beside its own module");
        }

        if (host is not null)
        {
            evidence.Add($"side-loading host {host} in the same folder, outside its install folder" + (named ? string.Empty : " (the DLL does not name the blob: not counted)"));
        }

        List<string> attack = ["T1027.013", .. apis ? ["T1106"] : Array.Empty<string>(), .. chain ? ["T1574.001"] : Array.Empty<string>()];
        var details = new Dictionary<string, string>
        {
            ["entropy"] = stats.Entropy.ToString("F3", CultureInfo.InvariantCulture),
            ["chiSquare"] = stats.ChiSquare.ToString("F0", CultureInfo.InvariantCulture),
            ["loader"] = loader.Path,
            ["nameReferenced"] = named ? "true" : "false",
            ["sideLoadingHost"] = host ?? string.Empty,
        };
        return new Finding(file.Path, "analyzer:" + Name, chain ? "Payload_Blob_SideLoading_Chain" : named ? "Payload_Blob_Named_By_Loader" : "Payload_Blob_Beside_Dll", score, Finding.LevelOf(score), "Semitori",
            chain ? "Encrypted payload of a side-loading chain: a host program, the DLL it loads naming this file, and this random-looking file"
                : "Random-looking data file without a container header beside a DLL" + (named ? " that names it" : string.Empty) + ": possible encrypted payload of a loader",
            attack, chain ? "APT10" : string.Empty, References, evidence, details);
    }

    private sealed record LoaderMatch(string Path, (long Offset, string Encoding)? Reference, IReadOnlyList<string> Apis);
}
