namespace Semitori.Sigma.Mapping;

/// <summary>
/// One way a logsource appears in event logs: the channels and event ids to require, and how
/// Sigma's field names are spelled there (e.g. 4688's <c>NewProcessName</c> for <c>Image</c>).
/// Empty sets mean "no constraint".
/// </summary>
public sealed record LogSourceVariant(
    IReadOnlySet<string> Channels,
    IReadOnlySet<string> EventIds,
    IReadOnlyDictionary<string, string> FieldRenames)
{
    public static readonly LogSourceVariant Unconstrained = new(
        new HashSet<string>(), new HashSet<string>(), new Dictionary<string, string>());
}
