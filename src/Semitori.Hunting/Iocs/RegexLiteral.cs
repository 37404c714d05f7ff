using System.Text;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Finds a literal that every match of a regex must contain, for the file-name prefilter: only
/// patterns whose literal occurs in a path are run on it. The scan is deliberately conservative —
/// it only reads concatenations at the top level, skips groups and classes, drops a character a
/// quantifier can make absent, and gives up on a top-level alternation or the <c>x</c> option —
/// so a missed literal only costs speed, never a match. The literal is folded like the prefilter
/// key (<see cref="Fold"/>), which makes it a superset for case-insensitive patterns too.
/// </summary>
public static class RegexLiteral
{
    /// <summary>Shorter literals are not worth indexing (".exe" is already in most paths).</summary>
    public const int MinLength = 3;

    /// <summary>The longest required literal of <paramref name="pattern"/>, folded; null when none is found.</summary>
    public static string? Extract(string pattern)
    {
        if (HasExtendedOption(pattern))
        {
            return null;
        }

        var runs = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                runs.Add(current.ToString());
                current.Clear();
            }
        }

        int i = 0;
        while (i < pattern.Length)
        {
            char c = pattern[i];
            switch (c)
            {
                case '|':
                    return null;
                case '(':
                    Flush();
                    i = SkipGroup(pattern, i);
                    continue;
                case '[':
                    Flush();
                    i = SkipClass(pattern, i);
                    continue;
                case '*' or '?' or '{':
                    // The preceding character may be absent ({0,n}) or repeated: drop it and end the run.
                    if (current.Length > 0)
                    {
                        current.Length--;
                    }

                    Flush();
                    i = c == '{' ? SkipBrace(pattern, i) : i + 1;
                    continue;
                case '+':
                    Flush();
                    i++;
                    continue;
                case '.' or '^' or '$':
                    Flush();
                    i++;
                    continue;
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return null;
                    }

                    char e = pattern[i + 1];
                    if (char.IsAsciiLetterOrDigit(e))
                    {
                        // A class (\d), anchor (\b), back-reference (\1) or code (\x41): not a literal.
                        Flush();
                        i = SkipEscape(pattern, i);
                        continue;
                    }

                    current.Append(e);
                    i += 2;
                    continue;
                default:
                    current.Append(c);
                    i++;
                    continue;
            }
        }

        Flush();
        string? best = runs.Where(r => r.Length >= MinLength).MaxBy(r => r.Length);
        return best is null ? null : Fold(best);
    }

    /// <summary>The prefilter's folding: lower case, and both path separators and the archive separator '!' as '\'.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c is '/' or '!' ? '\\' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static bool HasExtendedOption(string pattern)
    {
        for (int i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            int j = i + 2;
            while (j < pattern.Length && (char.IsAsciiLetter(pattern[j]) || pattern[j] == '-'))
            {
                if (pattern[j] == 'x')
                {
                    return true;
                }

                j++;
            }
        }

        return false;
    }

    private static int SkipGroup(string p, int i)
    {
        int depth = 0;
        while (i < p.Length)
        {
            char c = p[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '[')
            {
                i = SkipClass(p, i);
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i + 1;
            }

            i++;
        }

        return p.Length;
    }

    private static int SkipClass(string p, int i)
    {
        i++;
        if (i < p.Length && p[i] == '^')
        {
            i++;
        }

        if (i < p.Length && p[i] == ']')
        {
            i++;
        }

        // .NET class subtraction nests a class: [a-z-[aeiou]] ends at the second ']'.
        int depth = 0;
        while (i < p.Length && (p[i] != ']' || depth > 0))
        {
            if (p[i] == '[' && p[i - 1] == '-')
            {
                depth++;
            }
            else if (p[i] == ']')
            {
                depth--;
            }

            i += p[i] == '\\' ? 2 : 1;
        }

        return Math.Min(p.Length, i + 1);
    }

    private static int SkipBrace(string p, int i)
    {
        int close = p.IndexOf('}', i);
        return close < 0 ? i + 1 : close + 1;
    }

    private static int SkipEscape(string p, int i)
    {
        char e = p[i + 1];
        int j = i + 2;
        switch (e)
        {
            case 'x':
                return Math.Min(p.Length, j + 2);
            case 'u':
                return Math.Min(p.Length, j + 4);
            case 'c':
                return Math.Min(p.Length, j + 1);
            case 'p' or 'P' or 'k':
                int close = p.IndexOfAny(['}', '>', '\''], j + 1);
                return close < 0 ? p.Length : close + 1;
            default:
                while (char.IsAsciiDigit(e) && j < p.Length && char.IsAsciiDigit(p[j]))
                {
                    j++;
                }

                return j;
        }
    }
}
