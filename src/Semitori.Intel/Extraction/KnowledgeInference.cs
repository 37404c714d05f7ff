namespace Semitori.Intel.Extraction;

/// <summary>
/// Enrichment from the knowledge base that the report itself does not state (e.g. the FuckYouAnti export
/// is FYAnti). Always labelled as coming from the knowledge base, never as a claim of the report.
/// </summary>
public sealed record KnowledgeInference(string Subject, string Statement, string Basis, IReadOnlyList<string> Sources);
