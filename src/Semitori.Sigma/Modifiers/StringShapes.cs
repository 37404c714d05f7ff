namespace Semitori.Sigma.Modifiers;

/// <summary><c>contains</c>, <c>startswith</c>, <c>endswith</c>: add the wildcards the modifier implies.</summary>
internal static class StringShapes
{
    public static string Apply(string pattern, SigmaModifier? shape) => shape switch
    {
        SigmaModifier.Contains => Wrap(pattern, leading: true, trailing: true),
        SigmaModifier.StartsWith => Wrap(pattern, leading: false, trailing: true),
        SigmaModifier.EndsWith => Wrap(pattern, leading: true, trailing: false),
        _ => pattern,
    };

    private static string Wrap(string pattern, bool leading, bool trailing)
    {
        string result = pattern;
        if (leading && !result.StartsWith('*'))
        {
            result = "*" + result;
        }

        if (!trailing)
        {
            return result;
        }

        int backslashes = TrailingBackslashes(result, result.EndsWith('*') ? result.Length - 1 : result.Length);
        if (result.EndsWith('*') && backslashes % 2 == 0)
        {
            return result; // already ends with a real wildcard
        }

        // A value ending in one literal backslash ('\Parameters\') must not escape the added
        // wildcard, so the backslash is doubled first; "\*" (an escaped star) keeps its escape.
        if (!result.EndsWith('*') && backslashes % 2 == 1)
        {
            result += "\\";
        }

        return result + "*";
    }

    private static int TrailingBackslashes(string text, int end)
    {
        int count = 0;
        for (int i = end - 1; i >= 0 && text[i] == '\\'; i--)
        {
            count++;
        }

        return count;
    }
}
