namespace Semitori.Intel.Knowledge;

/// <summary>
/// A form accepted when looking an actor up (a spelling, a katakana reading, an ATT&amp;CK id) that is not
/// itself a vendor's name for the group. Readings are Semitori's own and are labelled as such.
/// </summary>
public sealed record LookupName
{
    public required string Name { get; init; }
    /// <summary>The alias this form stands for.</summary>
    public required string Of { get; init; }
    /// <summary>spelling, reading or identifier.</summary>
    public required string Kind { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
