namespace Semitori.Intel.Knowledge;

/// <summary>Words in a report that point at an ATT&amp;CK technique (e.g. MSP → T1199).</summary>
public sealed record TechniqueCue
{
    public required string Technique { get; init; }
    public IReadOnlyList<string> Cues { get; init; } = [];
    public string Confidence { get; init; } = "medium";
    public IReadOnlyList<string> Sources { get; init; } = [];
}
