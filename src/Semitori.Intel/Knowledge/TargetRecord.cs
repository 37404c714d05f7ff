namespace Semitori.Intel.Knowledge;

/// <summary>A targeting statement: an ISO 3166 country and/or sector keys (gazetteer sector keys).</summary>
public sealed record TargetRecord
{
    public string? Country { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public string? Note { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
