namespace Semitori.Diagnostics;

/// <summary>Collects diagnostics while a front end runs; all errors of a file are reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public int ErrorCount { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
        ErrorCount += diagnostic.IsError ? 1 : 0;
    }

    public void Error(string code, string message, SourceText? source, TextSpan span, string? help = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, message, source, span, help));

    public void Warning(string code, string message, SourceText? source, TextSpan span, string? help = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, source, span, help));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic d in diagnostics)
        {
            Add(d);
        }
    }
}
