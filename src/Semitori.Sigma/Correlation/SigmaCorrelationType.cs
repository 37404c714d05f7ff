namespace Semitori.Sigma.Correlation;

/// <summary>Correlation types of the Sigma correlation specification.</summary>
public enum SigmaCorrelationType
{
    /// <summary>Number of matching events in the window.</summary>
    EventCount,

    /// <summary>Number of distinct values of a field in the window.</summary>
    ValueCount,

    /// <summary>All referenced rules matched within the window, in any order.</summary>
    Temporal,

    /// <summary>All referenced rules matched within the window, in the listed order.</summary>
    TemporalOrdered,
}
