namespace Semitori.Yara.Patterns;

/// <summary>
/// Parses YARA's regular-expression dialect (libyara <c>re_lexer.l</c>/<c>re_grammar.y</c>, 4.5
/// language): byte-oriented, <c>.</c> excludes <c>\n</c> unless dot-all, <c>^ $</c> anchor to the
/// data, classes with ranges and escapes, greedy and lazy quantifiers <c>* + ? {n} {n,} {,m} {n,m}</c>
/// (a <c>{</c> that does not form a repeat is a literal), escapes <c>\t \n \r \f \a \xHH \w \W \s \S
/// \d \D \b \B</c> (any other escaped character is that character). Never throws; stops at the first
/// error as libyara does.
/// </summary>
public static class RegexParser
{
    /// <summary>
    /// Parses <paramref name="pattern"/>, the exact text between the slashes of a rule (escapes
    /// unprocessed, <c>\/</c> as written). Characters above U+007F are taken as their UTF-8 bytes
    /// (the bytes the rule file holds). <paramref name="caseInsensitive"/> (<c>/i</c> or
    /// <c>nocase</c>) folds ASCII letters into the tree; <paramref name="dotAll"/> (<c>/s</c>) makes
    /// <c>.</c> match <c>\n</c>.
    /// </summary>
    public static PatternParseResult Parse(string pattern, bool caseInsensitive, bool dotAll)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new RegexReader(pattern, caseInsensitive, dotAll).Run();
    }
}
