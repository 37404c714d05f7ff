namespace Semitori.Intel.Extraction;

/// <summary>
/// Text with defanging undone. For every character it keeps the original range it came from (a
/// replaced token such as "[.]" maps its "." to all three characters), so matches are reported at their
/// place in the report and with their surface form as written.
/// </summary>
public sealed class RefangedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal RefangedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>Original start and length of the refanged range [start, start+length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (length == 0)
        {
            int at = start < _starts.Length ? _starts[start] : Original.Length;
            return (at, 0);
        }

        int originalStart = _starts[start];
        int originalEnd = _ends[start + length - 1];
        return (originalStart, originalEnd - originalStart);
    }

    /// <summary>The text as written in the report for a refanged range.</summary>
    public string Surface(int start, int length)
    {
        (int s, int l) = ToOriginal(start, length);
        return Original.Substring(s, l);
    }
}
