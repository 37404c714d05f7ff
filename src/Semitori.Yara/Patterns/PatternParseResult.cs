namespace Semitori.Yara.Patterns;

/// <summary>The outcome of <see cref="RegexParser.Parse"/> or <see cref="HexStringParser.Parse"/>.</summary>
public sealed class PatternParseResult
{
    internal PatternParseResult(RegexNode? node, IReadOnlyList<PatternError> errors, IReadOnlyList<PatternError> warnings)
    {
        Node = errors.Count == 0 ? node : null;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The pattern tree; null when <see cref="Errors"/> is not empty.</summary>
    public RegexNode? Node { get; }

    /// <summary>Errors; the first one is the one YARA would report.</summary>
    public IReadOnlyList<PatternError> Errors { get; }

    /// <summary>Performance warnings (e.g. <c>.*</c>), reported only when parsing succeeded.</summary>
    public IReadOnlyList<PatternError> Warnings { get; }
}
