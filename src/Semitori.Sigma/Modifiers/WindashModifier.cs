namespace Semitori.Sigma.Modifiers;

/// <summary>
/// <c>windash</c>: Windows tools accept <c>-x</c>, <c>/x</c> and typographic dashes alike, so a value
/// written with a dash also matches each of those characters (spec: "-", "/", en dash, em dash,
/// horizontal bar), every dash in the value switching together as in pySigma.
/// </summary>
internal static class WindashModifier
{
    private static readonly char[] Dashes = ['-', '/', '\u2013', '\u2014', '\u2015'];

    public static IEnumerable<RuleValue> Apply(RuleValue value)
    {
        string text = value.AsText();
        if (!text.Contains('-') && !text.Contains('/'))
        {
            yield return value;
            yield break;
        }

        foreach (char dash in Dashes)
        {
            yield return new RuleValue(ReplaceLeadingDashes(text, dash));
        }
    }

    // Only dashes that start a switch (at the start or after a space) are command-line syntax.
    private static string ReplaceLeadingDashes(string text, char dash)
    {
        char[] chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '-' or '/' && (i == 0 || chars[i - 1] == ' '))
            {
                chars[i] = dash;
            }
        }

        return new string(chars);
    }
}
