using System.Text.RegularExpressions;
using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Modifiers;

/// <summary>
/// <c>re</c> with the <c>i</c>/<c>m</c>/<c>s</c> flags. Sigma regexes are PCRE-flavoured and
/// case-sensitive by default; .NET's engine accepts the subset SigmaHQ uses. A match timeout
/// bounds catastrophic backtracking in third-party rules.
/// </summary>
internal sealed class RegexMatcher : IValueMatcher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;

    private RegexMatcher(Regex regex) => _regex = regex;

    public static RegexMatcher? TryCreate(string pattern, bool ignoreCase, bool multiline, bool dotAll, out string? error)
    {
        RegexOptions options = RegexOptions.CultureInvariant
            | (ignoreCase ? RegexOptions.IgnoreCase : 0)
            | (multiline ? RegexOptions.Multiline : 0)
            | (dotAll ? RegexOptions.Singleline : 0);
        try
        {
            error = null;
            return new RegexMatcher(new Regex(pattern, options, Timeout));
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    public bool Matches(object? value, IEvent evt)
    {
        string? text = EventText.ToText(value);
        if (text is null)
        {
            return false;
        }

        try
        {
            return _regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
