using Semitori.Diagnostics;

namespace Semitori.Sigma.Matching;

/// <summary>What compiling one detection needs: the source for spans, where problems go, the
/// field renames of the logsource variant and the placeholder values for <c>expand</c>.</summary>
internal sealed class CompileContext
{
    public required SourceText Source { get; init; }

    /// <summary>Null when compiling a second variant of a rule: its problems were reported once already.</summary>
    public DiagnosticBag? Diagnostics { get; init; }

    public IReadOnlyDictionary<string, string> FieldRenames { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Set when any error was found; the rule is then not evaluated.</summary>
    public bool Failed { get; set; }

    public string MapField(string field) => FieldRenames.TryGetValue(field, out string? renamed) ? renamed : field;

    public void Error(string code, string message, TextSpan span, string? help = null)
    {
        Failed = true;
        Diagnostics?.Error(code, message, Source, span, help);
    }
}
