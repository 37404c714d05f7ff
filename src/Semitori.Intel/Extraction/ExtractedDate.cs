using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Extraction;

/// <summary>A date phrase from a report with its normalised interval and precision.</summary>
public sealed record ExtractedDate(FuzzyDate Value, int Start, int Length, int Sentence);
