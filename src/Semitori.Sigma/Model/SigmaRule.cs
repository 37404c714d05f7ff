using Semitori.Diagnostics;

namespace Semitori.Sigma.Model;

/// <summary>
/// The metadata of a Sigma rule (detection or correlation), as written. Evaluation state lives in
/// the compiled form; this type is what outputs show (title, level, author, tags, references).
/// </summary>
public sealed class SigmaRule
{
    public required string Title { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public SigmaLevel Level { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyList<string> Fields { get; init; } = [];

    public SigmaLogSource LogSource { get; init; } = new(null, null, null);

    public required SourceText Source { get; init; }

    /// <summary>ATT&amp;CK technique ids from <c>attack.tNNNN</c> tags, upper-cased.</summary>
    public IEnumerable<string> AttackIds => Tags
        .Where(t => t.StartsWith("attack.t", StringComparison.OrdinalIgnoreCase))
        .Select(t => t["attack.".Length..].ToUpperInvariant());

    public override string ToString() => $"{Title} ({Id ?? Source.Path})";
}
