namespace Semitori.Intel.Text;

/// <summary>A sentence of a report: its index, paragraph, offset in the plain text and its text.</summary>
public sealed record TextSentence(int Index, int Paragraph, int Start, string Text)
{
    public int End => Start + Text.Length;
}
