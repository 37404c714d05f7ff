namespace Semitori.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Informational: nothing is wrong, but the user may want to know.</summary>
    Info = 0,

    /// <summary>The source is accepted but probably not what was meant, or slow.</summary>
    Warning = 1,

    /// <summary>The source is rejected.</summary>
    Error = 2,
}
