namespace Semitori.Diagnostics;

/// <summary>
/// One problem found in a source: a stable code (e.g. <c>YR101</c>), a title, where it is and,
/// where it helps, a hint. Front ends (YARA, Sigma) report problems as data, never as exceptions.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    SourceText? Source,
    TextSpan Span,
    string? Help = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public LinePosition Position => Source?.GetPosition(Span.Start) ?? new LinePosition(0, 0);

    public string Path => Source?.Path ?? string.Empty;

    /// <summary><c>file:line:col: severity CODE: message</c> — the one-line form tools grep for.</summary>
    public override string ToString()
    {
        string where = Source is null ? string.Empty : $"{Path}:{Position}: ";
        return $"{where}{SeverityWord(Severity)} {Code}: {Message}";
    }

    internal static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
