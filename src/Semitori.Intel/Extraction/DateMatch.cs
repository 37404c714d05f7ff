using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>A date phrase found in text (offsets in the original text) and its normalised value.</summary>
public sealed record DateMatch(int Start, int Length, FuzzyDate Value);
