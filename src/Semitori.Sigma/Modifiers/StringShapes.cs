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

        // A trailing "\*" is an escaped star, not a wildcard, so it still needs one.
        if (trailing && (!result.EndsWith('*') || result.EndsWith("\\*", StringComparison.Ordinal)))
        {
            result += "*";
        }

        return result;
    }
}
