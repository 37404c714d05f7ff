using Semitori.Diagnostics;

namespace Semitori.Sigma.Engine;

/// <summary>A rule (or file) that could not be evaluated, with the diagnostics that say why.</summary>
public sealed record SigmaRejectedRule(string Path, string? Title, IReadOnlyList<Diagnostic> Reasons)
{
    public string Reason => Reasons.FirstOrDefault(d => d.IsError)?.ToString() ?? Reasons.FirstOrDefault()?.ToString() ?? "unknown";
}
