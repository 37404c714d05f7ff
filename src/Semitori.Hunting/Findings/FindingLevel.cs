namespace Semitori.Hunting.Findings;

/// <summary>How loud a finding is, from its score (Loki/THOR practice).</summary>
public enum FindingLevel
{
    /// <summary>Below 40: kept in machine output, not shown by default.</summary>
    Info = 0,

    /// <summary>40–59: worth a look.</summary>
    Notice = 1,

    /// <summary>60–74: suspicious.</summary>
    Warning = 2,

    /// <summary>75 and above: treat as an incident lead.</summary>
    Alert = 3,
}
