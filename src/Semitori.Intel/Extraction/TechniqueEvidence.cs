namespace Semitori.Intel.Extraction;

/// <summary>The words and sentence that made the extractor name a technique.</summary>
public sealed record TechniqueEvidence(string Cue, int Sentence, string Confidence);
