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

    /// <summary>
    /// An error libyara reports only when the regex is declared in the strings section (not for
    /// the <c>matches</c> operator): "greedy and ungreedy quantifiers can't be mixed in a regular
    /// expression" (<see cref="PatternErrorCodes.MixedGreediness"/>). Null otherwise; set even
    /// though <see cref="Node"/> is usable.
    /// </summary>
    public PatternError? StringDeclarationError { get; init; }

    /// <summary>Performance warnings (e.g. <c>.*</c>), reported only when parsing succeeded.</summary>
    public IReadOnlyList<PatternError> Warnings { get; }
}
