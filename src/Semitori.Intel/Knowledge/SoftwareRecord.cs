namespace Semitori.Intel.Knowledge;

/// <summary>Malware or a tool. <see cref="Kind"/> follows ATT&amp;CK's modelling (QuasarRAT is a tool there).</summary>
public sealed record SoftwareRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>malware or tool.</summary>
    public required string Kind { get; init; }
    public string? AttackId { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>False for names that are common words (Net, Ping, cmd) and so are not looked up in text.</summary>
    public bool MatchInText { get; init; } = true;
    public string? Note { get; init; }
    /// <summary>PE export names characteristic of the family (FYAnti: FuckYouAnti).</summary>
    public IReadOnlyList<string> ExportNames { get; init; } = [];
    public IReadOnlyList<string> Drops { get; init; } = [];
    public IReadOnlyList<string> ToolTypes { get; init; } = [];
    public IReadOnlyList<InferenceRecord> Inferences { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
}
