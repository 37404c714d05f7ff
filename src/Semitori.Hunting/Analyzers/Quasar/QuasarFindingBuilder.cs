using System.Globalization;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>Turns a <see cref="QuasarConfig"/> into a finding: score by proof strength, details, evidence.</summary>
internal static class QuasarFindingBuilder
{
    public const string Source = "analyzer:quasar-config";
    public const string Rule = "QuasarRAT_Config";

    /// <summary>Every HMAC matched: the configuration is exactly what the client runs with.</summary>
    public const int ScoreMacValid = 90;

    /// <summary>1.0–1.2 (no MAC): all values unpadded to clean text under the embedded key.</summary>
    public const int ScoreNoMac = 85;

    /// <summary>HMACs fail (patched or damaged config) but the key is proven by a matching MAC or by padding.</summary>
    public const int ScoreMacInvalid = 75;

    /// <summary>ATT&amp;CK: QuasarRAT, its symmetric C2 encryption, and the persistence and logging the settings drive (dossier §14.1–14.2).</summary>
    private static readonly string[] Attack = ["S0262", "T1573.001", "T1547.001", "T1053.005", "T1056.001"];

    private static readonly string[] References =
    [
        "https://attack.mitre.org/software/S0262/",
        "https://github.com/quasar/Quasar",
        "https://attack.mitre.org/groups/G0045/",
        "https://blogs.blackberry.com/en/2019/06/threat-spotlight-menupass-quasarrat-backdoor",
        "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage",
    ];

    public static Finding Build(string path, QuasarConfig config)
    {
        int score = config.Mac switch
        {
            QuasarMacStatus.Valid => ScoreMacValid,
            QuasarMacStatus.None => ScoreNoMac,
            _ => ScoreMacInvalid,
        };
        string proof = config.Mac switch
        {
            QuasarMacStatus.Valid => "every HMAC-SHA256 matched",
            QuasarMacStatus.None => "no MAC in this version; every value unpadded to text",
            _ => $"HMAC check FAILED on {config.EncryptedCount - config.MacValidCount} of {config.EncryptedCount} values (patched or damaged config)",
        };
        string description = $"QuasarRAT {config.Layout.Name} client configuration decrypted ({proof}). " +
            "QuasarRAT is public open-source malware used by APT10 among others; the settings alone do not attribute the file.";
        return new Finding(path, Source, Rule, score, Finding.LevelOf(score), "Semitori", description, Attack, "APT10", References,
            Evidence(config), Details(config));
    }

    private static Dictionary<string, string> Details(QuasarConfig config)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["layout"] = config.Layout.Name,
            ["scheme"] = config.Layout.Scheme switch
            {
                QuasarScheme.Md5Aes128 => "aes-128-cbc, key md5",
                QuasarScheme.Pbkdf2Aes128Hmac => "aes-128-cbc, key pbkdf2-sha1, hmac-sha256",
                _ => "aes-256-cbc, key pbkdf2-sha1, hmac-sha256",
            },
            ["mac"] = config.Mac switch
            {
                QuasarMacStatus.Valid => "valid",
                QuasarMacStatus.Invalid => "invalid",
                _ => "none",
            },
        };
        foreach (QuasarSetting setting in config.Settings)
        {
            // The certificate is kilobytes of Base64; its subject and thumbprint stand for it below.
            if (setting.Key != "server_certificate")
            {
                details[setting.Key] = setting.Value;
            }
        }

        if (config.Certificate is { } certificate)
        {
            details["server_certificate_subject"] = certificate.Subject ?? "unparsable";
            details["server_certificate_thumbprint"] = certificate.Thumbprint ?? "unparsable";
            details["server_signature_check"] = certificate.SignatureValid switch
            {
                true => "valid",
                false => "invalid",
                null => "unchecked",
            };
        }

        return details;
    }

    private static List<string> Evidence(QuasarConfig config)
    {
        SettingsCandidate candidate = config.Candidate;
        var evidence = new List<string>
        {
            $"settings .cctor 0x{candidate.MethodToken:x8} of type 0x{candidate.TypeToken:x8} ({candidate.TypeName}); body at 0x{candidate.Body.HeaderOffset:x}, code at 0x{candidate.Body.CodeOffset:x}",
            $"{candidate.Strings.Count} ldstr→stsfld pairs, {candidate.BlobCount} Base64 AES blobs, {candidate.Slots.Count - candidate.Strings.Count} other constant slots",
            $"{config.DecryptedCount} of {config.EncryptedCount} values decrypted" +
                (config.Layout.Scheme == QuasarScheme.Md5Aes128 ? string.Empty : $", {config.MacValidCount} with a matching HMAC"),
        };
        foreach (QuasarSetting setting in config.Settings.Where(s => s.Slot.Kind == SettingsSlotKind.String && s.Key != "server_certificate"))
        {
            string mac = setting.MacValid switch { true => ", mac ok", false => ", MAC BAD", null => string.Empty };
            evidence.Add(string.Create(CultureInfo.InvariantCulture,
                $"{setting.Key} at 0x{setting.Slot.FileOffset:x} (IL_{setting.Slot.IlOffset:x4}, field 0x{setting.Slot.FieldToken:x8}{(setting.Encrypted ? ", encrypted" : string.Empty)}{mac}): {Shorten(setting.Value)}"));
        }

        return evidence;
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
