namespace Semitori.Intel.Export;

/// <summary>Fixed STIX 2.1 values the writer uses: the TLP:WHITE marking from the specification and vocabulary mappings.</summary>
public static class StixVocabulary
{
    /// <summary>TLP:WHITE marking-definition id defined by the STIX 2.1 specification.</summary>
    public const string TlpWhiteId = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

    /// <summary>industry-sector-ov values, used to check exported sectors stay inside the vocabulary.</summary>
    public static readonly IReadOnlySet<string> IndustrySectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "agriculture", "aerospace", "automotive", "chemical", "commercial", "communications", "construction", "defense", "education",
        "energy", "engineering", "entertainment", "financial-services", "government", "government-emergency-services", "government-local",
        "government-national", "government-public-services", "government-regional", "healthcare", "hospitality-leisure", "infrastructure",
        "infrastructure-dams", "infrastructure-nuclear", "infrastructure-water", "insurance", "manufacturing", "mining", "non-profit",
        "pharmaceuticals", "retail", "technology", "telecommunications", "transportation", "utilities",
    };

    /// <summary>
    /// The STIX malware-type of a family in the pack: the backdoors are "backdoor"; loaders (Ecipekac, FYAnti,
    /// HUI Loader) and anything else are "unknown", because malware-type-ov has no "loader".
    /// </summary>
    public static string MalwareType(string name) => name switch
    {
        "PlugX" or "PoisonIvy" or "RedLeaves" or "ChChes" or "EvilGrab" or "P8RAT" or "SodaMaster" or "UPPERCUT" or "SNUGRIDE"
            or "Backdoor.Hartip" or "LODEINFO" => "backdoor",
        _ => "unknown",
    };
}
