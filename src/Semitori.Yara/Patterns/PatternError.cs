namespace Semitori.Yara.Patterns;

/// <summary>
/// An error or warning found while parsing a pattern. <see cref="Code"/> is one of
/// <see cref="PatternErrorCodes"/>; <see cref="Offset"/> and <see cref="Length"/> locate it in the
/// pattern text given to the parser (the text between the slashes or the braces).
/// </summary>
public sealed record PatternError(string Code, string Message, int Offset, int Length);
