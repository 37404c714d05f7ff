namespace Semitori.Intel.Extraction;

/// <summary>A gazetteer match: the entry, where it is in the text, and a version written right after it.</summary>
internal sealed record GazetteerHit(GazetteerEntry Entry, int Start, int Length, string? Version)
{
    public int End => Start + Length;
}
