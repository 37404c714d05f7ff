using System.Text.RegularExpressions;

namespace Semitori.Intel.Extraction;

/// <summary>
/// The cue words that decide roles and campaigns, in Japanese and English. Kept in one place so the
/// rules can be read (and argued with) together.
/// </summary>
internal static partial class SentenceCues
{
    /// <summary>Targeting: the sentence says someone was aimed at or hit.</summary>
    [GeneratedRegex(@"標的|対象と|対象に|の対象|ターゲット|狙|を攻撃|への攻撃|攻撃して|攻撃を行|侵害|(?i:\btarget(?:s|ed|ing)?\b|\bagainst\b|\bcompromis\w*|\bvictim\w*|\battacks?\s+on\b)")]
    public static partial Regex Target();

    /// <summary>Activity: a dated clause describes a campaign, attacks or tracking.</summary>
    [GeneratedRegex(@"キャンペーン|攻撃|標的|対象|ターゲット|狙|追跡|侵害|(?i:\bcampaigns?\b|\battack\w*|\btarget\w*|\bintrusions?\b|\boperations?\b|\btrack(?:ed|ing)\b|\bactive\b|\bespionage\b)")]
    public static partial Regex Activity();

    /// <summary>A campaign named without a date of its own ("大規模な攻撃キャンペーン").</summary>
    [GeneratedRegex(@"キャンペーン|(?i:\bcampaigns?\b)")]
    public static partial Regex Campaign();

    /// <summary>"Primary", "main", "focus" near a sector.</summary>
    [GeneratedRegex(@"主要|主な|主たる|中心|(?i:\bprimary\b|\bmain\b|\bfocus\w*|\bprincipal\b|\bmostly\b)")]
    public static partial Regex Primary();

    /// <summary>After a country: the state itself acting (米司法省, 日本政府, US authorities), not a target.</summary>
    [GeneratedRegex(@"^(?:の)?(?:当局|政府|司法省|海軍|外務省|国家安全|警察|国防|軍)|^(?:'s)?\s(?:government|authorities|Department|Navy|military|officials|Ministry)", RegexOptions.IgnoreCase)]
    public static partial Regex AuthorityAfter();

    /// <summary>After a country: where the actor comes from (中国を拠点, 中国人, 中国APT10, China-based).</summary>
    [GeneratedRegex(@"^(?:を拠点|の(?:サイバー|国家|ハッカー|グループ|スパイ|攻撃者)|人(?!口)|系|企業にとって|\s?APT|-based|-linked\s+(?:group|actor|hacker)|-nexus|\s+state-sponsored)", RegexOptions.IgnoreCase)]
    public static partial Regex OriginAfter();

    /// <summary>"17の地域", "12カ国", "17 regions", "at least 12 countries".</summary>
    [GeneratedRegex(@"(?<![0-9])(?<n>\d{1,3})\s*(?:の)?(?<unit>地域|カ国|か国|ヶ国|ヵ国|countries|regions)")]
    public static partial Regex StatedCount();

    /// <summary>A heading that opens a list of cited sources.</summary>
    [GeneratedRegex(@"^\W*(?:出典|参考|参考文献|参考資料|ソース|References?|Sources?)\W*$", RegexOptions.IgnoreCase)]
    public static partial Regex SourcesHeading();
}
