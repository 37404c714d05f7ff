namespace Semitori.Sigma.Model;

/// <summary>Rule levels of the Sigma specification, in increasing order.</summary>
public enum SigmaLevel
{
    /// <summary>Level missing or not one of the specified words.</summary>
    Unknown = 0,

    /// <summary>Informational: for enrichment, not alerting.</summary>
    Informational = 1,

    /// <summary>Low relevance.</summary>
    Low = 2,

    /// <summary>Medium relevance: review.</summary>
    Medium = 3,

    /// <summary>High relevance: review with priority.</summary>
    High = 4,

    /// <summary>Critical: almost certainly malicious.</summary>
    Critical = 5,
}
