namespace Semitori.Intel.Extraction;

/// <summary>A count the text states ("17の地域", "at least 12 countries"), kept as stated, never filled in.</summary>
public sealed record StatedCount(int Value, string Unit, int Sentence);
