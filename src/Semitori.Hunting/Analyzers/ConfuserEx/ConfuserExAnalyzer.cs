using Semitori.Formats.DotNet;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// Identifies ConfuserEx-protected .NET modules: the version from the ConfusedByAttribute watermark,
/// and the protections from structure that survives stripping the watermark. Following de4dot's
/// practice (research/scanners.md §3.2) the score counts independent traits and the finding lists
/// them. "ConfuserEx v1.0.0" is the version that packed the APT10 .NET loader (dossier §5.3, §6.5)
/// and scores in the alert band; other versions and watermark-less structure score lower, since
/// ConfuserEx is also used on legitimate software.
/// </summary>
public sealed class ConfuserExAnalyzer : IFileAnalyzer
{
    /// <summary>Watermark "ConfuserEx v1.0.0": alert, plus <see cref="PerTrait"/> per structural trait.</summary>
    public const int Apt10WatermarkScore = 80;

    /// <summary>"ConfuserEx v1.0.0-…" (a git build of the same release line): warning.</summary>
    public const int ReleaseLineScore = 65;

    /// <summary>Any other watermark version: notice, raised by trait weight up to <see cref="OtherCap"/>.</summary>
    public const int OtherWatermarkScore = 50;

    /// <summary>Trait weight (strong 2, weak 1) a module without watermark needs for a finding.</summary>
    public const int MinStructureWeight = 4;

    public const int PerTrait = 2;
    public const int Apt10Cap = 95;
    public const int ReleaseLineCap = 74;
    public const int OtherCap = 70;

    private const string Technique = "T1027.002";
    private const string Repository = "https://github.com/yck1509/ConfuserEx";

    private static readonly string[] Apt10References =
    [
        "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage",
        "https://blogs.blackberry.com/en/2019/06/threat-spotlight-menupass-quasarrat-backdoor",
        "https://attack.mitre.org/software/S0628/",
        Repository,
    ];

    public string Name => "confuserex";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        if (file.DotNet is not { } dotNet)
        {
            return [];
        }

        (bool watermarked, string? version, string parent) = ConfuserExWatermark.Read(dotNet);
        List<ConfuserExTrait> traits = FindTraits(file.Data.Span, dotNet);
        int weight = traits.Sum(t => t.Weight);
        var evidence = new List<string>();
        if (watermarked)
        {
            evidence.Add($"watermark: ConfusedByAttribute(\"{version ?? "?"}\") on the {parent}");
        }

        evidence.AddRange(traits.Select(t => t.Evidence));
        Finding? finding = watermarked
            ? Watermarked(file.Path, version, traits, weight, evidence)
            : weight >= MinStructureWeight ? Structural(file.Path, weight, evidence) : null;
        if (finding is null)
        {
            return [];
        }

        var details = new Dictionary<string, string>
        {
            ["version"] = version ?? (watermarked ? "unknown" : "none (watermark absent)"),
            ["protections"] = string.Join(", ", (watermarked ? ["watermark"] : Array.Empty<string>()).Concat(traits.Select(t => t.Id))),
            ["traits"] = (traits.Count + (watermarked ? 1 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return [finding with { Details = details }];
    }

    /// <summary>The structural traits of a .NET file (the watermark excluded); empty for other files.</summary>
    public static IReadOnlyList<ConfuserExTrait> FindTraits(FileSubject file) =>
        file.DotNet is { } dotNet ? FindTraits(file.Data.Span, dotNet) : [];

    private static List<ConfuserExTrait> FindTraits(ReadOnlySpan<byte> data, DotNetFile dotNet)
    {
        var traits = new List<ConfuserExTrait>();
        if (AntiTamperCheck.Find(dotNet.Pe, dotNet) is { } antiTamper)
        {
            traits.Add(antiTamper);
        }

        traits.AddRange(ModuleTypeInspector.Find(dotNet));
        traits.AddRange(MetadataTraits.Find(dotNet));
        if (ControlFlowPatterns.Find(data) is { } controlFlow)
        {
            traits.Add(controlFlow);
        }

        return traits;
    }

    private Finding Watermarked(string path, string? version, List<ConfuserExTrait> traits, int weight, List<string> evidence)
    {
        if (version == ConfuserExWatermark.Apt10Version)
        {
            int score = Math.Min(Apt10Cap, Apt10WatermarkScore + (PerTrait * traits.Count));
            return Create(path, "ConfuserEx_v1_0_0_Watermark", score, "APT10",
                ".NET module protected with ConfuserEx v1.0.0, the version that packed APT10's .NET loader (Cicada, FYAnti)", Apt10References, evidence);
        }

        if (version is not null && version.StartsWith(ConfuserExWatermark.Apt10Version + "-", StringComparison.Ordinal))
        {
            int score = Math.Min(ReleaseLineCap, ReleaseLineScore + (PerTrait * traits.Count));
            return Create(path, "ConfuserEx_v1_0_0_Build_Watermark", score, string.Empty,
                ".NET module protected with a build of ConfuserEx v1.0.0 (git or custom build of the release APT10 used)", Apt10References, evidence);
        }

        int other = Math.Min(OtherCap, OtherWatermarkScore + (3 * weight));
        return Create(path, "ConfuserEx_Watermark", other, string.Empty,
            $".NET module watermarked by {version ?? "an undecodable ConfusedByAttribute"} (obfuscator; also used on legitimate software)", [Repository], evidence);
    }

    private Finding Structural(string path, int weight, List<string> evidence)
    {
        int score = Math.Min(OtherCap, 30 + (6 * weight));
        return Create(path, "ConfuserEx_Structure", score, string.Empty,
            ".NET module with ConfuserEx protection structure but no watermark (stripped or a fork)", [Repository, "https://github.com/mkaring/ConfuserEx"], evidence);
    }

    private Finding Create(string path, string rule, int score, string actor, string description, IReadOnlyList<string> references, List<string> evidence) =>
        new(path, "analyzer:" + Name, rule, score, Finding.LevelOf(score), "Semitori", description, [Technique], actor, references, evidence);
}
