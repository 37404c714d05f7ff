using Semitori.Hunting.Findings;
using Semitori.Hunting.Reports;
using Semitori.Intel.Knowledge;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>
/// Scan reports for the HTML tests: one with findings at every level from the built-in pack and a
/// third-party rule set, including a file whose name, rule meta and extracted configuration are
/// hostile markup; and a clean one. Built fresh on every call so that determinism is tested on
/// equal reports, not on one shared instance.
/// </summary>
internal static class ReportSamples
{
    public const string ScriptFileName = "<script>alert(1)</script>.dll";

    /// <summary>A name with a quote, a line break, an injected image and a right-to-left override ("gpj.exe" shown as "exe.jpg").</summary>
    public const string TrickyFileName = "invoice\u202Egpj.exe\"\n<img src=x onerror=alert(2)>";

    public const string LoaderPath = @"C:\Users\analyst\AppData\Local\Temp\jli.dll";
    public const string ScriptPath = @"C:\drop\" + ScriptFileName;
    public const string TrickyPath = @"C:\drop\" + TrickyFileName;
    public const string NoticePath = @"D:\share\tools\packed.exe";

    public const string ThirdPartyAuthor = "Florian Roth (Nextron Systems)";
    public const string ThirdPartyRule = "APT_MAL_QuasarRAT_Client_Strings";
    public const string HostileRule = "Hostile_</code><script>alert(3)</script>";
    public const string JavaScriptReference = "javascript:alert(4)";
    public const string QuoteReference = "https://example.test/a\" onmouseover=\"alert(5)";
    public const string HostileConfigValue = "</code></td></tr></table><script>alert(6)</script>";

    public static readonly DateTimeOffset Started = new(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(9));

    public static ScanReport WithFindings()
    {
        var loader = new Finding(LoaderPath, "built-in", "Cicada_Ecipekac_Loader", 80, FindingLevel.Alert, "Semitori",
            "Ecipekac loader layer side-loaded by a signed binary", ["S0628", "T1574.001"], "APT10",
            ["https://securelist.com/apt10-sophisticated-multi-layered-loader-ecipekac-discovered-in-a41apt-campaign/101519/",
             "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage"],
            ["$layer at 0x400: Ecipekac", "$key at 0x1f00: 0x3f2a9c"],
            new Dictionary<string, string> { ["stage"] = "first layer", ["c2"] = "hxxp://update.example[.]test:443" });
        var quasar = new Finding(ScriptPath, "signature-base", ThirdPartyRule, 70, FindingLevel.Warning, ThirdPartyAuthor,
            "QuasarRAT client strings", ["S0262", "T1574.002"], "menuPass",
            ["https://blogs.blackberry.com/en/2019/06/threat-spotlight-menupass-quasarrat-backdoor"],
            ["$s1 at 0x10: Quasar.Common.Messages"]);
        var hostile = new Finding(ScriptPath, "signature-base", HostileRule, 20, FindingLevel.Info, "",
            "<b>bold</b> & \"quoted\"", ["T1059<x>", "T1027.002"], "Cicada",
            [JavaScriptReference, QuoteReference],
            ["$a at 0x0: <script>alert(7)</script>"],
            new Dictionary<string, string> { ["<key>"] = HostileConfigValue, ["line"] = "one\r\ntwo\u2028three" });
        var tricky = new Finding(TrickyPath, "built-in", "Cicada_ConfuserEx_v1_0_0_Watermark", 65, FindingLevel.Warning, "Semitori",
            "ConfuserEx 1.0.0 watermark", ["T1027.002"], "APT10", [], ["$w at 0x200: ConfuserEx v1.0.0"]);
        var notice = new Finding(NoticePath, "built-in", "Generic_Packed_Section", 45, FindingLevel.Notice, "Semitori",
            "high-entropy section", [], "Unknown Panda", [], []);

        FileVerdict[] files =
        [
            new(LoaderPath, 123_456, new string('a', 64), 80, FindingLevel.Alert, [loader]),
            new(ScriptPath, 2_048, new string('b', 64), 90, FindingLevel.Alert, [quasar, hostile]),
            new(TrickyPath, 4_096, new string('c', 64), 65, FindingLevel.Warning, [tricky]),
            new(NoticePath, 8_192, new string('d', 64), 45, FindingLevel.Notice, [notice]),
        ];
        return new ScanReport(Started, Started.AddSeconds(12.5), [@"C:\Users", @"D:\share"],
            ["built-in Cicada pack: 12 YARA rules", "--rules signature-base: 5,900 rules"],
            new ScanTotals(1_000, 50_000_000, 12, 1, 5, 2, 1, 1, 12.5), files,
            [@"D:\share\locked.bin: access denied <b>"]);
    }

    public static ScanReport Clean() =>
        new(Started, Started.AddSeconds(3), [@"C:\Users"], ["built-in Cicada pack: 12 YARA rules"],
            new ScanTotals(250, 9_000_000, 0, 0, 0, 0, 0, 0, 3.0), [], []);

    /// <summary>A report whose most severe file has <paramref name="level"/> (null: no file at all).</summary>
    public static ScanReport WithTopLevel(FindingLevel? level)
    {
        if (level is null)
        {
            return Clean();
        }

        int score = level switch { FindingLevel.Alert => 90, FindingLevel.Warning => 65, FindingLevel.Notice => 45, _ => 10 };
        var finding = new Finding(NoticePath, "built-in", "Rule", score, level.Value, "Semitori", "", [], "", [], []);
        return Clean() with { Files = [new FileVerdict(NoticePath, 1, new string('e', 64), score, level.Value, [finding])] };
    }

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(KnowledgeBase.LoadBuiltIn);
}
