using Semitori.Diagnostics;
using Semitori.Sigma.Correlation;

namespace Semitori.Sigma.Engine;

/// <summary>The immutable product of <see cref="SigmaRuleSetBuilder"/>: compiled rules, correlation
/// rules, the rules that were rejected and every diagnostic. Share it between threads; give each
/// thread its own <see cref="SigmaMatcher"/>.</summary>
public sealed class SigmaRuleSet
{
    internal SigmaRuleSet(
        IReadOnlyList<SigmaCompiledRule> rules,
        IReadOnlyList<SigmaCorrelationRule> correlations,
        IReadOnlyList<SigmaRejectedRule> rejected,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Rules = rules;
        Correlations = correlations;
        Rejected = rejected;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<SigmaCompiledRule> Rules { get; }

    public IReadOnlyList<SigmaCorrelationRule> Correlations { get; }

    public IReadOnlyList<SigmaRejectedRule> Rejected { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
