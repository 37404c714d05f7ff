namespace Semitori.Yara.Patterns;

/// <summary>
/// Internal control flow of the parsers: thrown at the first error and always caught by the
/// parser's entry point, which turns it into a <see cref="PatternError"/>.
/// </summary>
internal sealed class PatternParseFailure(PatternError error) : Exception(error.Message)
{
    public PatternError Error { get; } = error;
}
