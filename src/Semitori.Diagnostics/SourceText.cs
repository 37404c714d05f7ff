namespace Semitori.Diagnostics;

/// <summary>
/// The text of one rule file (or any source) with its path and a line index, so spans can be
/// turned into <c>line:col</c> positions and caret snippets without re-scanning the text.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public static SourceText FromFile(string path) => new(path, File.ReadAllText(path));

    /// <summary>Returns the 1-based line and column of an offset (clamped into the text).</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Returns the text of a 1-based line without its line break.</summary>
    public string GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return string.Empty;
        }

        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text[start..end];
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
