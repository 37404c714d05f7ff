namespace Semitori.Intel.Knowledge;

/// <summary>A statement the pack infers rather than quotes; always shown as an inference.</summary>
public sealed record InferenceRecord
{
    public required string Statement { get; init; }
    public string? Basis { get; init; }
    public bool Inferred { get; init; } = true;
    public IReadOnlyList<string> Sources { get; init; } = [];
}
