namespace Semitori.Hunting.Iocs;

/// <summary>
/// One entry line of an IOC file, with where it starts in the text (for diagnostics) and the
/// nearest preceding <c># comment</c>, which signature-base uses as the description of the block below it.
/// </summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the line's first (non-blank) character in the file text.</param>
/// <param name="Text">The line without surrounding white space.</param>
/// <param name="Comment">Text of the last comment line above, without <c>#</c>; empty when none.</param>
internal readonly record struct IocLine(int Number, int Start, string Text, string Comment);
