using System.Text.Json;

namespace Semitori.Intel.Knowledge;

/// <summary>One side of a <see cref="Claim"/>: a value (a string or a <see cref="FuzzyDate"/> object), the statement and its sources.</summary>
public sealed record ClaimValue
{
    public JsonElement Value { get; init; }
    public string? Statement { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The value as a date when the claim is about a date, else null.</summary>
    public FuzzyDate? AsDate() =>
        Value.ValueKind == JsonValueKind.Object ? Value.Deserialize<FuzzyDate>(KnowledgeJson.Options) : null;

    /// <summary>The value as display text.</summary>
    public string DisplayValue => Value.ValueKind == JsonValueKind.String ? Value.GetString() ?? "" : AsDate()?.Text ?? Value.ToString();
}
