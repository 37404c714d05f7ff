namespace Semitori.Yara.Patterns;

/// <summary>
/// How a parsed pattern is matched. <see cref="CaseInsensitive"/> and <see cref="DotAll"/> are
/// OR-ed with the flags given to <see cref="RegexParser.Parse"/> (folding twice is harmless).
/// <see cref="Wide"/>: every byte-consuming element is followed by a 0x00 byte, as YARA's
/// <c>wide</c> modifier does for regular expressions; word boundaries then look at 2-byte characters.
/// </summary>
public sealed record PatternOptions(bool CaseInsensitive = false, bool DotAll = false, bool Wide = false);
