using System.Text.RegularExpressions;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// A list regex with bounded matching time. The pattern is parsed at load (a bad pattern is a
/// diagnostic, not a crash) into the interpreter with a match timeout; on first use it is rebuilt
/// with <see cref="RegexOptions.NonBacktracking"/> (linear time, no timeout needed) when the syntax
/// allows — lookarounds, back-references and atomic groups do not, and keep the timed interpreter.
/// Building the non-backtracking form lazily keeps loading ~3,800 signature-base patterns cheap:
/// most of them never see a path that contains their literal.
/// </summary>
internal sealed class BoundedRegex
{
    private readonly Regex _checked;
    private readonly Lazy<Regex> _fast;

    private BoundedRegex(string pattern, Regex checkedRegex)
    {
        Pattern = pattern;
        _checked = checkedRegex;
        _fast = new Lazy<Regex>(BuildFast, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Pattern { get; }

    /// <summary>Parses <paramref name="pattern"/>; returns null with the parser's message when it is not a valid .NET regex.</summary>
    public static BoundedRegex? TryCreate(string pattern, out string? error)
    {
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, IocLimits.RegexTimeout);
            error = null;
            return new BoundedRegex(pattern, regex);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>True when the pattern matches somewhere in <paramref name="input"/>; a timed-out match counts as no match.</summary>
    public bool IsMatch(string input)
    {
        try
        {
            return _fast.Value.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private Regex BuildFast()
    {
        try
        {
            // Linear in the input by construction, so no timeout: a wall-clock limit would also count the
            // first call's DFA construction and JIT, which on a loaded machine made real matches time out.
            return new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            return _checked;
        }
    }
}
