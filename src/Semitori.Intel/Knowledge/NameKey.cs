using Semitori.Intel.Text;

namespace Semitori.Intel.Knowledge;

/// <summary>
/// The comparison key for names: width-folded, lower-cased, with spaces, hyphens, underscores and dots
/// removed, so "Stone Panda", "StonePanda", "stone-panda" and "ＳｔｏｎｅＰａｎｄａ" compare equal.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        string folded = WidthFolding.Fold(name.Trim());
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (c is ' ' or '-' or '_' or '.' or '\u30FB' or '\u00B7')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
