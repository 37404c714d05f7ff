namespace Semitori.Intel.Text;

/// <summary>
/// Folds full-width ASCII (U+FF01–FF5E) to ASCII and the ideographic space to a space, one character
/// for one character, so offsets in the folded text are offsets in the original. Written by hand because
/// string.Normalize(FormKC) is a no-op under invariant globalization, which this project builds with.
/// </summary>
public static class WidthFolding
{
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        // Japanese quotation and ideographic full stop stay: they are sentence syntax, not IOC syntax.
        _ => c,
    };
}
