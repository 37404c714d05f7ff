namespace Semitori.Intel.Extraction;

/// <summary>What a named entity found in a report is.</summary>
public enum EntityKind
{
    /// <summary>An intrusion set (APT10) under any of its names.</summary>
    IntrusionSet,
    /// <summary>A named person (Zhu Hua).</summary>
    Person,
    /// <summary>An organisation: company, state body, reporting vendor or authority.</summary>
    Organisation,
    /// <summary>Malware family.</summary>
    Malware,
    /// <summary>Tool (ATT&amp;CK sense, including QuasarRAT and ConfuserEx).</summary>
    Tool,
    /// <summary>Country (ISO 3166-1).</summary>
    Country,
    /// <summary>Industry sector.</summary>
    Sector,
}
